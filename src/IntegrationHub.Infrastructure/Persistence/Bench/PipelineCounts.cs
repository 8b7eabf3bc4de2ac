namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>
/// One look at the pipeline: ledger rows (stored), signalering inbox rows (evaluated), outbox rows unsent,
/// the age in seconds of the oldest unsent outbox row (outbox lag), and the events done: evaluated before the oldest
/// unsent outbox row was written, so everything their evaluation wrote to the outbox has been relayed.
/// </summary>
public sealed record PipelineCounts(long Stored, long Evaluated, long Unsent, double OutboxLagSeconds, long Done);

namespace IntegrationHub.Domain.Signalering;

/// <summary>The outcome of replaying many pupils: active signals sorted by pupil then SignalId; states sorted by pupil.</summary>
public sealed record ReplayResult(IReadOnlyList<Signal> Signals, IReadOnlyList<PupilState> States, int WithdrawnCount);

using IntegrationHub.Application.Signalering;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>The in-memory signalering store, failing its first <c>failures</c> batches as a database outage would.</summary>
internal sealed class FlakySignaleringStore(InMemorySignaleringStore inner, int failures) : ISignaleringStore
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public Task<ISignaleringTransaction> BeginAsync(string pupil, Domain.Events.SchoolLocation school, Guid messageId, CancellationToken cancellationToken)
    {
        Fail();
        return inner.BeginAsync(pupil, school, messageId, cancellationToken);
    }

    public Task<ISignaleringBatch> BeginBatchAsync(IReadOnlyCollection<SignaleringDelivery> deliveries, CancellationToken cancellationToken)
    {
        Fail();
        return inner.BeginBatchAsync(deliveries, cancellationToken);
    }

    public Task<ISignaleringTransaction?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.ClaimDueAsync(now, cancellationToken);

    private void Fail()
    {
        if (Interlocked.Increment(ref _attempts) <= failures)
        {
            throw new TimeoutException("The database did not answer in time (test outage).");
        }
    }
}

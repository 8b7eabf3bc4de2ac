using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>
/// Many pupils under lock in one transaction: each recorded evaluation moves its pupil's snapshot on, and the commit
/// writes them all (<see cref="SignaleringWrites"/>) in one round trip with the COMMIT.
/// </summary>
internal sealed class NpgsqlSignaleringBatch(
    NpgsqlConnection connection,
    NpgsqlTransaction transaction,
    IReadOnlySet<Guid> marked,
    Dictionary<PupilKey, PupilSnapshot> pupils,
    TimeProvider time) : ISignaleringBatch
{
    private readonly SignaleringWrites _writes = new();

    public bool IsRepeat(Guid messageId) => !marked.Contains(messageId);

    public PupilSnapshot Pupil(string pupil, SchoolLocation school) => pupils[PupilKey.Of(pupil, school)];

    public void Record(string pupil, SchoolLocation school, PupilEvaluationResult result, DateTimeOffset digestDueAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        _writes.Add(pupil, school, result, digestDueAt);
        var key = PupilKey.Of(pupil, school);
        pupils[key] = pupils[key] with { State = result.State, Book = result.Book };
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _writes.CommitAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}

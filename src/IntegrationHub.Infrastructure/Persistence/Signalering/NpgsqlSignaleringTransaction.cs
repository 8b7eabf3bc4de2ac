using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>
/// One pupil at one school under lock: state, findings, meldingen (with history), outbox rows, digest items and the
/// next due check are committed together or not at all (written as <see cref="SignaleringWrites"/>).
/// </summary>
internal sealed class NpgsqlSignaleringTransaction(
    NpgsqlConnection connection,
    NpgsqlTransaction transaction,
    string pupil,
    SchoolLocation school,
    bool isRepeat,
    PupilSnapshot snapshot,
    TimeProvider time) : ISignaleringTransaction
{
    public bool IsRepeat { get; } = isRepeat;

    public string Pupil { get; } = pupil;

    public SchoolLocation School { get; } = school;

    public PupilState? State => snapshot.State;

    public MeldingBook Book => snapshot.Book;

    public string? LvsPupilKey => snapshot.LvsPupilKey;

    public async Task CommitAsync(PupilEvaluationResult result, DateTimeOffset digestDueAt, CancellationToken cancellationToken)
    {
        var writes = new SignaleringWrites();
        writes.Add(Pupil, School, result, digestDueAt);
        await writes.CommitAsync(connection, transaction, time.GetUtcNow(), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}

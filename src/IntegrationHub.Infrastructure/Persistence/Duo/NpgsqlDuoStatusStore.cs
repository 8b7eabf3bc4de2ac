using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>
/// The status loop's storage. <see cref="ApplyAsync"/> applies one answer of "aanvraag gewijzigde meldingen" in one
/// transaction under the poll state's row lock: each change recorded once in duo_melding_statuses, each new one made the
/// melding's current status with the school's feedback queued in the outbox, and the watermark moved to the answer's
/// time. <see cref="NotifyOverdueAsync"/> does the same for the overdue watch.
/// </summary>
public sealed class NpgsqlDuoStatusStore(NpgsqlDataSource dataSource)
{
    private const int ErrorMaxLength = 500;

    /// <summary>The poll state, made with <paramref name="initialWatermark"/> on the very first poll.</summary>
    public async Task<DuoPollState> StateAsync(DateTimeOffset initialWatermark, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(NpgsqlDuoStatusStoreSql.EnsureState, new { Watermark = initialWatermark.ToUniversalTime() }, cancellationToken: cancellationToken));
        return await connection.QuerySingleAsync<DuoPollState>(new CommandDefinition(NpgsqlDuoStatusStoreSql.ReadState, cancellationToken: cancellationToken));
    }

    /// <summary>Keeps the failure (the watermark stays where it was: the next poll asks from there again).</summary>
    public async Task RecordFailureAsync(string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(NpgsqlDuoStatusStoreSql.Failed,
            new { Now = now.ToUniversalTime(), Error = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error }, cancellationToken: cancellationToken));
    }

    /// <summary>Applies DUO's answer, all of it or nothing; returns every change with what became of it, in the answer's order.</summary>
    public async Task<IReadOnlyList<DuoStatusApplied>> ApplyAsync(DuoGewijzigdeMeldingen answer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.QuerySingleAsync<DuoPollState>(new CommandDefinition(NpgsqlDuoStatusStoreSql.LockState, transaction: transaction, cancellationToken: cancellationToken));
        var writes = new QueuedWrites();
        var applied = new List<DuoStatusApplied>(answer.Changes.Count);
        foreach (var change in answer.Changes)
        {
            var row = await connection.QuerySingleOrDefaultAsync<StatusMeldingRow>(new CommandDefinition(
                NpgsqlDuoStatusStoreSql.FindMelding, new { change.Meldingsnummer }, transaction, cancellationToken: cancellationToken));
            var melding = row is null ? null : new StatusMelding(row.MeldingId, row.Meldingsnummer, row.Brin, row.Vestiging, row.LvsPupilKey);
            var decision = DuoStatusChanges.Decide(change, melding, Guid.CreateVersion7());
            var contact = change.Contactpersoon;
            var inserted = await connection.ExecuteAsync(new CommandDefinition(NpgsqlDuoStatusStoreSql.InsertStatus, new
            {
                change.Meldingsnummer,
                Status = change.Status.ToString(),
                StatusAt = change.StatusAt.ToUniversalTime(),
                MeldingId = melding?.MeldingId,
                decision.Gemeente,
                change.RedenAfgesloten,
                change.ToelichtingAfsluiting,
                ContactNaam = contact?.Naam,
                ContactFunctie = contact?.Functie,
                ContactTelefoon = contact?.Telefoon,
                ContactEmail = contact?.Email,
                RecordedAt = now.ToUniversalTime(),
            }, transaction, cancellationToken: cancellationToken)) == 1;
            if (!inserted)
            {
                applied.Add(new DuoStatusApplied(change.Meldingsnummer, change.Status, false, melding?.MeldingId, null));
                continue;
            }

            if (decision.UpdatesMelding)
            {
                writes.Add(NpgsqlDuoStatusStoreSql.UpdateMelding, new
                {
                    melding!.MeldingId,
                    Status = change.Status.ToString(),
                    StatusAt = change.StatusAt.ToUniversalTime(),
                    RedenAfgesloten = (object?)change.RedenAfgesloten,
                    ToelichtingAfsluiting = (object?)change.ToelichtingAfsluiting,
                });
            }

            if (decision.Feedback is { } feedback)
            {
                writes.Add(FeedbackCommand(feedback));
            }

            applied.Add(new DuoStatusApplied(change.Meldingsnummer, change.Status, true, melding?.MeldingId, decision.Feedback?.MessageType.Name));
        }

        writes.Add(NpgsqlDuoStatusStoreSql.Succeeded, new { Until = answer.Until.ToUniversalTime(), Now = now.ToUniversalTime() });
        await writes.CommitAsync(connection, transaction, cancellationToken);
        return applied;
    }

    /// <summary>
    /// Notifies every melding past the term (at most <paramref name="limit"/> per call): overdue_notified_at set and
    /// PartnerStatusOverdue queued for the school, in one transaction; a melding is claimed, so two watches never both
    /// notify it, and notified only once.
    /// </summary>
    public async Task<IReadOnlyList<OverdueNotice>> NotifyOverdueAsync(DateTimeOffset now, int termDays, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OverdueRow>(new CommandDefinition(NpgsqlDuoStatusStoreSql.ClaimOverdue,
            new { Cutoff = OverdueMeldingen.Cutoff(now, termDays).ToUniversalTime(), Limit = limit }, transaction, cancellationToken: cancellationToken));
        var writes = new QueuedWrites();
        var notices = new List<OverdueNotice>();
        foreach (var row in rows)
        {
            if (OverdueMeldingen.Decide(row.ToCandidate(), now, termDays, Guid.CreateVersion7()) is not { } notice)
            {
                continue;
            }

            writes.Add(NpgsqlDuoStatusStoreSql.MarkOverdue, new { notice.Melding.MeldingId, Now = now.ToUniversalTime() });
            writes.Add(FeedbackCommand(notice.Feedback));
            notices.Add(notice);
        }

        await writes.CommitAsync(connection, transaction, cancellationToken);
        return notices;
    }

    /// <summary>Every registered melding past the term that still has no status after R, oldest first (for <c>hub duo overdue</c>).</summary>
    public async Task<IReadOnlyList<OverdueCandidate>> ListOverdueAsync(DateTimeOffset now, int termDays, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OverdueRow>(new CommandDefinition(NpgsqlDuoStatusStoreSql.ListOverdue,
            new { Cutoff = OverdueMeldingen.Cutoff(now, termDays).ToUniversalTime() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCandidate()).ToArray();
    }

    /// <summary>A gemeente's status as a duo_outbox row, for the caller's unit of work (the partner answer's transaction).</summary>
    internal static NpgsqlBatchCommand GemeenteStatusCommand(GemeenteStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = new NpgsqlBatchCommand(NpgsqlDuoStatusStoreSql.InsertGemeenteStatus);
        command.Parameters.Add(new NpgsqlParameter("RequestId", request.RequestId));
        command.Parameters.Add(new NpgsqlParameter("MeldingId", request.MeldingId));
        command.Parameters.Add(new NpgsqlParameter("Pupil", request.Pupil));
        command.Parameters.Add(new NpgsqlParameter("Body", JsonSerializer.Serialize(request.Status, HubJson.Options)));
        command.Parameters.Add(new NpgsqlParameter("CreatedAt", request.CreatedAt.ToUniversalTime()));
        return command;
    }

    private static NpgsqlBatchCommand FeedbackCommand(StatusFeedback feedback) =>
        OutboxWriter.InsertCommand(Topology.FeedbackAddress(feedback.Brin), feedback.Message, feedback.MessageType, new OutboxHeaders(feedback.MessageId));

    private sealed class StatusMeldingRow
    {
        public Guid MeldingId { get; set; }

        public string Meldingsnummer { get; set; } = "";

        public string Brin { get; set; } = "";

        public string Vestiging { get; set; } = "";

        public string LvsPupilKey { get; set; } = "";
    }

    private sealed class OverdueRow
    {
        public Guid MeldingId { get; set; }

        public string Meldingsnummer { get; set; } = "";

        public string Brin { get; set; } = "";

        public string Vestiging { get; set; } = "";

        public string LvsPupilKey { get; set; } = "";

        public DateTime RegisteredAt { get; set; }

        public string Status { get; set; } = "";

        public DateTime? OverdueNotifiedAt { get; set; }

        public string? OrganisationId { get; set; }

        public string? PartnerKind { get; set; }

        public OverdueCandidate ToCandidate() => new(MeldingId, Meldingsnummer, Brin, Vestiging, LvsPupilKey, Utc(RegisteredAt), Status,
            OverdueNotifiedAt is { } at ? Utc(at) : null, OrganisationId, PartnerKind);

        private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
    }
}

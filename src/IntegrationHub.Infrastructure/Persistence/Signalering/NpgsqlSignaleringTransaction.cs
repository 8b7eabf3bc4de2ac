using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>
/// One pupil at one school under lock: state, findings, meldingen (with history), outbox rows, digest items and the
/// next due check are committed together or not at all.
/// </summary>
internal sealed class NpgsqlSignaleringTransaction(
    NpgsqlConnection connection,
    NpgsqlTransaction transaction,
    string pupil,
    SchoolLocation school,
    bool isRepeat,
    PupilState? state,
    MeldingBook book,
    string? lvsPupilKey,
    TimeProvider time) : ISignaleringTransaction
{
    public bool IsRepeat { get; } = isRepeat;

    public string Pupil { get; } = pupil;

    public SchoolLocation School { get; } = school;

    public PupilState? State { get; } = state;

    public MeldingBook Book { get; } = book;

    public string? LvsPupilKey { get; } = lvsPupilKey;

    public async Task CommitAsync(PupilEvaluationResult result, DateTimeOffset digestDueAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var key = new { Pupil, School.Brin, School.Vestiging };
        if (result.Rules is { } rules)
        {
            await ExecuteAsync(SignaleringSql.SaveState, new { key.Pupil, key.Brin, key.Vestiging, State = PupilStateJson.Write(rules.State), Now = now }, cancellationToken);
            await SaveFindingsAsync(rules, now, cancellationToken);
        }

        await SaveMeldingenAsync(result, now, cancellationToken);

        foreach (var message in result.Messages.PartnerBound)
        {
            await OutboxWriter.PublishAsync(connection, transaction, message, message.GetType(), cancellationToken: cancellationToken);
        }

        foreach (var message in result.Messages.ToSchool)
        {
            await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(School.Brin), message, message.GetType(), cancellationToken: cancellationToken);
        }

        foreach (var item in result.Messages.Digest)
        {
            await ExecuteAsync(SignaleringSql.UpsertDigestItem, new
            {
                key.Brin, key.Vestiging, item.FindingId, key.Pupil, Payload = JsonSerializer.Serialize(item, HubJson.Options), Now = now,
            }, cancellationToken);
        }

        if (result.Messages.Digest.Count > 0)
        {
            await ExecuteAsync(SignaleringSql.SetDueNoLater, new { Kind = NpgsqlFindingDigestStore.DueKind, Subject = NpgsqlFindingDigestStore.Subject(School), DueAt = digestDueAt }, cancellationToken);
        }

        var subject = new { Kind = NpgsqlSignaleringStore.PupilDueKind, Subject = NpgsqlSignaleringStore.Subject(Pupil, School) };
        if (result.NextDueAt is { } due)
        {
            await ExecuteAsync(SignaleringSql.SetDue, new { subject.Kind, subject.Subject, DueAt = due }, cancellationToken);
        }
        else
        {
            await ExecuteAsync(SignaleringSql.ClearDue, subject, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task SaveFindingsAsync(SignaleringResult rules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var signal in rules.Raised.Concat(rules.Updated))
        {
            await ExecuteAsync(SignaleringSql.UpsertSignal, new
            {
                signal.SignalId,
                Pupil,
                School.Brin,
                School.Vestiging,
                Kind = SignalCodes.Of(signal.Kind),
                Recipient = SignalCodes.Of(signal.Recipient),
                signal.Begindatum,
                signal.Einddatum,
                DueDate = signal.DueDate,
                Payload = JsonSerializer.Serialize(signal, HubJson.Options),
                Now = now,
            }, cancellationToken);
        }

        foreach (var withdrawal in rules.Withdrawn)
        {
            await ExecuteAsync(SignaleringSql.WithdrawSignal, new { withdrawal.SignalId, School.Brin, School.Vestiging, withdrawal.Reason, Now = now }, cancellationToken);
        }
    }

    private async Task SaveMeldingenAsync(PupilEvaluationResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var melding in result.Meldingen.Changed)
        {
            var inserted = await connection.QuerySingleAsync<bool>(new CommandDefinition(SignaleringSql.UpsertMelding, new
            {
                melding.MeldingId,
                melding.FindingId,
                Pupil,
                School.Brin,
                School.Vestiging,
                Kind = SignalCodes.Of(melding.Kind),
                State = MeldingJson.StateCode(melding.State),
                melding.Begindatum,
                melding.Einddatum,
                melding.Deadline,
                melding.SettlesAt,
                melding.FollowsMeldingId,
                Payload = MeldingJson.Write(melding),
                Now = now,
            }, transaction, cancellationToken: cancellationToken));
            if (inserted)
            {
                await HistoryAsync(melding, "concept", null, now, cancellationToken);
            }
        }

        foreach (var effect in result.Meldingen.Effects.Where(e => e is not DecisionRefused))
        {
            await HistoryAsync(effect.Melding, HistoryEvent(effect), Detail(effect), now, cancellationToken);
        }

        foreach (var (meldingId, notice) in result.Messages.SentNotices)
        {
            await ExecuteAsync(SignaleringSql.SetSentNotice, new { MeldingId = meldingId, Notice = JsonSerializer.Serialize(notice, HubJson.Options) }, cancellationToken);
        }
    }

    private Task HistoryAsync(Verzuimmelding melding, string @event, string? detail, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(SignaleringSql.AppendHistory, new
        {
            melding.MeldingId, At = now, Event = @event, State = MeldingJson.StateCode(melding.State), Detail = detail,
        }, cancellationToken);

    private static string HistoryEvent(MeldingEffect effect) => effect switch
    {
        MeldingMade => "gereed",
        ApprovalRequested { IsReminder: true } => "herinnering-akkoord",
        ApprovalRequested => "akkoord-gevraagd",
        EinddatumSet => "einddatum",
        DecisionRequired => "beslissing-nodig",
        Domain.Meldingen.MeldingWithdrawn => "ingetrokken",
        MeldingNoted n => n.Note,
        _ => effect.GetType().Name,
    };

    private static string? Detail(MeldingEffect effect) => effect switch
    {
        EinddatumSet e => e.Einddatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DecisionRequired d => d.Correction,
        Domain.Meldingen.MeldingWithdrawn w => w.Reason,
        _ => effect.Melding.ClosedReason,
    };

    private Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}

using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Partners;
using IntegrationHub.Application.Routing;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Signalering.State;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Duo;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Infrastructure.Persistence.Partners;

/// <summary>
/// One partner answer: reads go at once; writes (the status row and its DUO request, or the advice row, the school's
/// outbox row and its disclosure entry) are queued and sent with the commit in one round trip.
/// </summary>
internal sealed class NpgsqlPartnerAnswerTransaction(
    NpgsqlConnection connection, NpgsqlTransaction transaction, DisclosureLog disclosures, bool isRepeat) : IPartnerAnswerTransaction
{
    private readonly QueuedWrites _writes = new();

    public bool IsRepeat { get; } = isRepeat;

    public async Task<PartnerMelding?> FindMeldingAsync(Guid meldingId, string organisationId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<MeldingRow>(
            Command(PartnerAnswerSql.FindMelding, new { MeldingId = meldingId, OrganisationId = organisationId }, cancellationToken));
        return row is null
            ? null
            : new PartnerMelding(row.MeldingId, row.OrganisationId, row.PartnerKind == "rmc" ? PartnerKind.Rmc : PartnerKind.Leerplicht,
                row.Pupil, row.Brin, row.Vestiging, row.LvsPupilKey, row.Woongemeente);
    }

    public Task<PartnerReferral?> FindSentReferralAsync(Guid referralId, string organisationId, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<PartnerReferral?>(
            Command(PartnerAnswerSql.FindSentReferral, new { ReferralId = referralId, OrganisationId = organisationId }, cancellationToken));

    public async Task<DateOnly?> FindBirthDateAsync(string pupil, string brin, string vestiging, DateOnly on, CancellationToken cancellationToken)
    {
        var profile = await connection.QuerySingleOrDefaultAsync<string?>(
            Command(PartnerAnswerSql.FindProfile, new { Pupil = pupil, Brin = brin, Vestiging = vestiging }, cancellationToken));
        if (profile is null)
        {
            return null;
        }

        var facts = JsonSerializer.Deserialize<List<ProfileFact>>(profile) ?? [];
        return new PupilState { Profile = facts }.ProfileAt(on).BirthDate;
    }

    public void RecordStatus(StatusRecord status)
    {
        ArgumentNullException.ThrowIfNull(status);
        _writes.Add(PartnerAnswerSql.InsertStatus, status);
    }

    public void ForwardToDuo(GemeenteStatusRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _writes.Add(NpgsqlDuoStatusStore.GemeenteStatusCommand(request));
    }

    public void RecordAdvice(AdviceRecord advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var command = _writes.Add(PartnerAnswerSql.InsertAdvice, advice with { Adjustments = [] });
        command.Parameters["Adjustments"].NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text;
        command.Parameters["Adjustments"].Value = advice.Adjustments.ToArray();
    }

    public void SendToSchool(SchoolFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        _writes.Add(OutboxWriter.InsertCommand(Topology.FeedbackAddress(feedback.Brin), feedback.Message, feedback.MessageType,
            new OutboxHeaders(feedback.MessageId, Headers: new Dictionary<string, string> { ["traceparent"] = feedback.TraceParent })));
        if (feedback.Disclosure is { } disclosure)
        {
            _writes.Add(disclosures.InsertCommand(disclosure));
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _writes.CommitAsync(connection, transaction, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }


    private CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private sealed record MeldingRow(Guid MeldingId, string OrganisationId, string PartnerKind, string Woongemeente, string Pupil, string Brin, string Vestiging, string? LvsPupilKey);
}

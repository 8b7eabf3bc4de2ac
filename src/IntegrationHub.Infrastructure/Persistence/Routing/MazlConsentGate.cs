using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>
/// Consent at send time (domain.md section 8): a MAZL referral sent on consent leaves only if that consent is still
/// valid and not withdrawn when the relay sends it. Otherwise it is blocked, its disclosure entry says why, and the
/// school hears it.
/// </summary>
public sealed class MazlConsentGate(IConsentRegistry consents) : IOutboxSendGate
{
    public string MessageType { get; } = OutboxMessageTypes.NameOf(typeof(MazlReferral));

    public async Task<string?> CheckAsync(OutboxRow row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var referral = JsonSerializer.Deserialize<MazlReferral>(row.Body, HubJson.Options)!;
        if (referral.ConsentId is not { } consentId)
        {
            return null; // the region's basis is a documented notice to parents, not consent
        }

        var valid = await consents.FindValidAsync(referral.PupilPseudonym, referral.School.Brin, referral.School.Vestiging,
            MazlReferralConsumer.ConsentScope, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        return valid.Any(c => c.ConsentId == consentId) ? null : BlockReasons.ConsentWithdrawn;
    }

    public async Task OnBlockedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var referral = JsonSerializer.Deserialize<MazlReferral>(row.Body, HubJson.Options)!;
        await using (var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { DisclosureLog.MarkBlockedCommand(row.MessageId, reason, now) } })
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        var school = await connection.QuerySingleOrDefaultAsync<ReferralSchool>(new CommandDefinition(
            RoutingSql.MarkReferralBlocked, new { referral.ReferralId, Reason = reason, At = now }, transaction, cancellationToken: cancellationToken));
        if (school is null)
        {
            return;
        }

        await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(school.Brin), new MazlReferralBlocked
        {
            School = new SchoolRef { Brin = school.Brin, Vestiging = school.Vestiging },
            ReferralId = referral.ReferralId,
            FindingId = school.FindingId,
            LvsPupilKey = school.LvsPupilKey,
            Reason = reason,
            BlockedAt = now,
        }, FeedbackTrace.Of(row), cancellationToken);
    }
}

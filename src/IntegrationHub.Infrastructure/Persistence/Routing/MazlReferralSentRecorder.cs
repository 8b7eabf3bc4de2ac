using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>Once the broker confirmed a MAZL referral: the referral is sent, and the school hears it, in the relay's transaction.</summary>
public sealed class MazlReferralSentRecorder(TimeProvider time) : IOutboxSentHandler
{
    public string MessageType { get; } = OutboxMessageTypes.NameOf(typeof(MazlReferral));

    public async Task OnSentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var referral = JsonSerializer.Deserialize<MazlReferral>(row.Body, HubJson.Options)!;
        var now = time.GetUtcNow();
        var school = await connection.QuerySingleOrDefaultAsync<ReferralSchool>(new CommandDefinition(
            RoutingSql.MarkReferralSent, new { referral.ReferralId, At = now }, transaction, cancellationToken: cancellationToken));
        if (school is null)
        {
            return;
        }

        await OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(school.Brin), new MazlReferralSent
        {
            School = new SchoolRef { Brin = school.Brin, Vestiging = school.Vestiging },
            ReferralId = referral.ReferralId,
            FindingId = school.FindingId,
            LvsPupilKey = school.LvsPupilKey,
            Recipient = referral.Recipient,
            SentAt = now,
        }, FeedbackTrace.Of(row), cancellationToken);
    }
}

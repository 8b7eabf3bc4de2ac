using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Persistence.Inbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Partners;

/// <summary>Opens a partner answer's transaction on its own connection, with its inbox mark; keeps rejections.</summary>
public sealed class NpgsqlPartnerAnswerStore(NpgsqlDataSource dataSource, DisclosureLog disclosures) : IPartnerAnswerStore
{
    public async Task<IPartnerAnswerTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        var (connection, transaction, first) = await InboxCheck.BeginAsync(dataSource, consumer, messageId, cancellationToken);
        return new NpgsqlPartnerAnswerTransaction(connection, transaction, disclosures, isRepeat: !first);
    }

    public async Task RecordRejectionAsync(PartnerRejection rejection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(PartnerAnswerSql.InsertRejection, new
        {
            rejection.OrganisationId,
            rejection.UserId,
            rejection.Exchange,
            rejection.MessageId,
            rejection.MessageType,
            Reasons = JsonSerializer.Serialize(rejection.Reasons, HubJson.Options),
            rejection.BodyLength,
            rejection.BodySha256,
            rejection.ReceivedAt,
        }, cancellationToken: cancellationToken));
    }
}

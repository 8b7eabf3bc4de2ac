using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Inbox;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>Opens a routing transaction on its own connection, with the inbox mark of the routed message.</summary>
public sealed class NpgsqlRoutingStore(NpgsqlDataSource dataSource, DisclosureLog disclosures) : IRoutingStore
{
    public async Task<IRoutingTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        var (connection, transaction, first) = await InboxCheck.BeginAsync(dataSource, consumer, messageId, cancellationToken);
        return new NpgsqlRoutingTransaction(connection, transaction, disclosures, isRepeat: !first);
    }
}

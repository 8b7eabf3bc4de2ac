using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Infrastructure.Persistence.Inbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>Opens the DUO consumer's transaction on its own connection, with the inbox mark of the consumed message.</summary>
public sealed class NpgsqlDuoOutboxStore(NpgsqlDataSource dataSource) : IDuoOutboxStore
{
    public async Task<IDuoOutboxTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        var (connection, transaction, first) = await InboxCheck.BeginAsync(dataSource, consumer, messageId, cancellationToken);
        return new NpgsqlDuoOutboxStoreTransaction(connection, transaction, isRepeat: !first);
    }
}

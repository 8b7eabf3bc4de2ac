using Dapper;
using IntegrationHub.Application.Console;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console;

/// <summary>The console's audit log: one row in console_audit per action, stamped with the <see cref="TimeProvider"/>'s now.</summary>
public sealed class NpgsqlConsoleAudit(NpgsqlDataSource dataSource, TimeProvider timeProvider) : IConsoleAudit
{
    public async Task RecordAsync(ConsoleActor user, string action, string objectType, string objectId, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            ConsoleSql.InsertAudit,
            new { At = timeProvider.GetUtcNow(), Actor = user.Name, user.Role, Action = action, ObjectType = objectType, ObjectId = objectId, Detail = detail },
            cancellationToken: cancellationToken));
    }
}

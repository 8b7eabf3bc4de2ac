using IntegrationHub.Application.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>The consent registry on PostgreSQL (table consents, written by the intake); the check is <see cref="ConsentChecks"/>.</summary>
public sealed class NpgsqlConsentRegistry(NpgsqlDataSource dataSource) : IConsentRegistry
{
    public async Task<IReadOnlyList<ConsentRecord>> FindValidAsync(
        string pupil, string brin, string vestiging, string scope, DateOnly on, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ConsentChecks.FindValidAsync(connection, null, pupil, brin, vestiging, scope, on, cancellationToken);
    }
}

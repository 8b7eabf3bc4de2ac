using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Console.Jgz;
using IntegrationHub.Contracts.V1;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.Jgz;

/// <summary>The JGZ's read model on the hub's tables; the projection is the MazlReferral as delivered (its outbox row).</summary>
public sealed class NpgsqlJgzReferrals(NpgsqlDataSource dataSource) : IJgzReferrals
{
    public async Task<JgzReferralPage> ListAsync(string organisationId, JgzReferralFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(JgzSql.List, new
        {
            OrganisationId = organisationId,
            filter.IncludeAnswered,
            Query = string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query.Trim(),
            Offset = Math.Max(0, offset),
            Limit = Math.Clamp(limit, 1, 200),
        }, cancellationToken: cancellationToken));
        var items = (await results.ReadAsync<JgzReferralRow>()).Select(r => r.ToItem()).ToList();
        var total = await results.ReadSingleAsync<int>();
        return new JgzReferralPage(items, total);
    }

    public async Task<JgzReferralDetail?> FindAsync(string organisationId, Guid referralId, CancellationToken cancellationToken)
    {
        var parameters = new { OrganisationId = organisationId, ReferralId = referralId };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JgzReferralRow>(new CommandDefinition(JgzSql.Find, parameters, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var advices = await connection.QueryAsync<JgzAdviceRow>(new CommandDefinition(JgzSql.Advices, parameters, cancellationToken: cancellationToken));
        var referral = row.Referral is { } json ? JsonSerializer.Deserialize<MazlReferral>(json, HubJson.Options) : null;
        return new JgzReferralDetail(row.ToItem(), referral, advices.Select(a => a.ToRecord()).ToList());
    }
}

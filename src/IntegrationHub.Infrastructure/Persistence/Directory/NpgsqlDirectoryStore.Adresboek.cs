using Dapper;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>The console's Adresboek pages of <see cref="NpgsqlDirectoryStore"/>: searched and paged in SQL.</summary>
public sealed partial class NpgsqlDirectoryStore
{
    /// <summary>
    /// The leerplicht routes valid on <paramref name="on"/> whose gemeente (code or name) or organisation (id or name)
    /// contains <paramref name="query"/>, by gemeente name; one page and the total.
    /// </summary>
    public Task<ResultPage<AdresboekRoute>> RoutesPageAsync(DateOnly on, string? query, int offset, int limit, CancellationToken cancellationToken) =>
        PageAsync<AdresboekRoute>(AdresboekSql.Routes, on, query, offset, limit, cancellationToken);

    /// <summary>The JGZ assignments valid on <paramref name="on"/> whose BRIN or organisation (id or name) contains <paramref name="query"/>, by BRIN.</summary>
    public Task<ResultPage<AdresboekJgz>> JgzPageAsync(DateOnly on, string? query, int offset, int limit, CancellationToken cancellationToken) =>
        PageAsync<AdresboekJgz>(AdresboekSql.Jgz, on, query, offset, limit, cancellationToken);

    private async Task<ResultPage<T>> PageAsync<T>(string sql, DateOnly on, string? query, int offset, int limit, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql, new
        {
            On = on,
            Contains = text is null ? null : "%" + SearchText.EscapeLike(text) + "%",
            Offset = Math.Max(0, offset),
            Limit = Math.Max(0, limit),
        }, cancellationToken: cancellationToken));
        var rows = (await grid.ReadAsync<T>()).AsList();
        return new ResultPage<T>(rows, await grid.ReadSingleAsync<int>());
    }
}

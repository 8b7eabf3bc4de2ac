using Dapper;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>Parked deliveries (0044) as the console lists them; re-routing is the CLI's own <see cref="ParkedDeliveries"/>.</summary>
public sealed class NpgsqlParkedBoard(NpgsqlDataSource dataSource, ParkedDeliveries parked) : IParkedBoard
{
    private const string Rows = """

        FROM parked_deliveries p
        WHERE p.rerouted_at IS NULL
          AND (@Query::text IS NULL OR p.subject_id::text LIKE @IdPrefix OR upper(p.brin) = upper(@Query)
               OR upper(p.woongemeente) = upper(@Query)
               OR p.reason ILIKE @Contains ESCAPE '\' OR p.detail ILIKE @Contains ESCAPE '\')
        """;

    private const string ListSql = """
        SELECT p.parked_id, p.subject_id, p.subject_kind, p.brin, p.vestiging, p.reason, p.detail, p.parked_at, p.woongemeente
        """ + Rows + """

        ORDER BY p.parked_id
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int
        """ + Rows + ";";

    public async Task<ResultPage<ParkedBoardRow>> ListAsync(string? query, int offset, int limit, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(ListSql, new
        {
            Query = text,
            IdPrefix = text is null ? null : text.ToLowerInvariant() + "%",
            Contains = text is null ? null : "%" + SearchText.EscapeLike(text) + "%",
            Offset = offset,
            Limit = limit,
        }, cancellationToken: cancellationToken));
        var rows = (await grid.ReadAsync<ParkedBoardRow>()).AsList();
        return new ResultPage<ParkedBoardRow>(rows, await grid.ReadSingleAsync<int>());
    }

    public Task<int> RerouteAsync(long? parkedId, CancellationToken cancellationToken) => parked.RerouteAsync(parkedId, cancellationToken);
}

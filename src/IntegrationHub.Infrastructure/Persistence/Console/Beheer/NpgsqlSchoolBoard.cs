using Dapper;
using IntegrationHub.Application.Console.Beheer;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>The school registry (schools, school_credentials) as the console lists it.</summary>
public sealed class NpgsqlSchoolBoard(NpgsqlDataSource dataSource) : ISchoolBoard
{
    private const string Rows = """

        FROM schools s
        WHERE (@Query::text IS NULL OR upper(s.brin) = upper(@Query) OR s.name ILIKE @Contains ESCAPE '\')
        """;

    private const string Columns = """
        SELECT s.brin, s.name, s.region, s.created_at,
               (SELECT count(*)::int FROM school_credentials c WHERE c.brin = s.brin AND c.kind = 'http' AND c.revoked_at IS NULL) AS active_http_keys,
               EXISTS (SELECT 1 FROM school_credentials c WHERE c.brin = s.brin AND c.kind = 'amqp' AND c.revoked_at IS NULL) AS amqp_active
        """;

    private const string ListSql = Columns + Rows + """

        ORDER BY s.name, s.brin
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int
        """ + Rows + ";";

    private const string FindSql = Columns + """

        FROM schools s WHERE s.brin = @Brin
        """;

    private const string HttpIdsSql = """
        SELECT credential_id FROM school_credentials WHERE brin = @Brin AND kind = 'http' AND revoked_at IS NULL ORDER BY created_at, credential_id
        """;

    public async Task<ResultPage<SchoolRow>> ListAsync(string? query, int offset, int limit, CancellationToken cancellationToken)
    {
        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(ListSql, new
        {
            Query = text,
            Contains = text is null ? null : "%" + SearchText.EscapeLike(text) + "%",
            Offset = offset,
            Limit = limit,
        }, cancellationToken: cancellationToken));
        var rows = (await grid.ReadAsync<SchoolRow>()).AsList();
        return new ResultPage<SchoolRow>(rows, await grid.ReadSingleAsync<int>());
    }

    public async Task<SchoolRow?> FindAsync(string brin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SchoolRow>(new CommandDefinition(FindSql, new { Brin = brin }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ActiveHttpCredentialIdsAsync(string brin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(HttpIdsSql, new { Brin = brin }, cancellationToken: cancellationToken))).AsList();
    }
}

using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>The connection, transaction and token of one intake unit of work, so the steps stay short.</summary>
internal sealed record IntakeTransaction(NpgsqlConnection Connection, NpgsqlTransaction Transaction, CancellationToken CancellationToken)
{
    public Task<int> ExecuteAsync(string sql, object parameters) =>
        Connection.ExecuteAsync(Command(sql, parameters));

    public Task<T?> ScalarAsync<T>(string sql, object parameters) =>
        Connection.ExecuteScalarAsync<T>(Command(sql, parameters));

    public Task<T?> SingleOrDefaultAsync<T>(string sql, object parameters) =>
        Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters));

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object parameters) =>
        Connection.QueryAsync<T>(Command(sql, parameters));

    private CommandDefinition Command(string sql, object parameters) =>
        new(sql, parameters, Transaction, cancellationToken: CancellationToken);
}

using Dapper;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Tests.Support;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence;

/// <summary>
/// The last statements and the COMMIT in one round trip: what they wrote is committed, Npgsql treats the transaction as
/// completed (so its disposal sends no rollback), and a refused statement leaves nothing behind.
/// </summary>
public sealed class CommitInBatchTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private const string Insert = "INSERT INTO commit_in_batch_probe (id) VALUES (@Id)";

    public async Task InitializeAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS commit_in_batch_probe (id uuid PRIMARY KEY)");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_commit_the_statements_and_leave_the_transaction_completed_when_they_go_with_the_commit()
    {
        var id = Guid.NewGuid();
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await CommitInBatch.ExecuteAsync(connection, transaction, [InsertCommand(id)], CancellationToken.None);

            var again = await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync());
            Assert.Contains("completed", again.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(1, await CountAsync(id));
    }

    [Fact]
    public async Task Should_leave_nothing_and_keep_the_connection_usable_when_postgres_refuses_a_statement_before_the_commit()
    {
        var id = Guid.NewGuid();
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        {
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                var refused = await Assert.ThrowsAsync<PostgresException>(() =>
                    CommitInBatch.ExecuteAsync(connection, transaction, [InsertCommand(id), InsertCommand(id)], CancellationToken.None));
                Assert.Equal(PostgresErrorCodes.UniqueViolation, refused.SqlState);
            }

            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT 1"));
        }

        Assert.Equal(0, await CountAsync(id));
    }

    [Fact]
    public async Task Should_commit_what_the_transaction_wrote_before_when_there_is_nothing_left_to_send()
    {
        var id = Guid.NewGuid();
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(Insert, new { Id = id }, transaction);

            await CommitInBatch.ExecuteAsync(connection, transaction, [], CancellationToken.None);
        }

        Assert.Equal(1, await CountAsync(id));
    }

    private static NpgsqlBatchCommand InsertCommand(Guid id) => new(Insert) { Parameters = { new NpgsqlParameter("Id", id) } };

    private async Task<int> CountAsync(Guid id)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM commit_in_batch_probe WHERE id = @Id", new { Id = id });
    }
}

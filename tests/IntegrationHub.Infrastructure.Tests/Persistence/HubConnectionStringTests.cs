using Dapper;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Tests.Support;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence;

/// <summary>The hub's defaults for what an operator's connection string leaves out, and that the wired data source uses them.</summary>
public sealed class HubConnectionStringTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public void Should_switch_on_automatic_preparation_and_keep_the_rest_when_the_connection_string_does_not_mention_it()
    {
        var password = Guid.NewGuid().ToString("N"); // made here: no password literal in the repository
        var given = new NpgsqlConnectionStringBuilder { Host = "db.example", Database = "hub", Username = "hub", Password = password }.ConnectionString;

        var result = new NpgsqlConnectionStringBuilder(HubConnectionString.WithHubDefaults(given));

        Assert.Equal(
            (HubConnectionString.DefaultMaxAutoPrepare, "db.example", "hub", password),
            (result.MaxAutoPrepare, result.Host, result.Database, result.Password));
    }

    [Theory]
    [InlineData("Host=localhost;Max Auto Prepare=0", 0)]
    [InlineData("Host=localhost;MaxAutoPrepare=10", 10)]
    public void Should_keep_the_operators_choice_when_the_connection_string_sets_automatic_preparation(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(HubConnectionString.WithHubDefaults(connectionString)).MaxAutoPrepare);

    [Fact]
    public async Task Should_have_postgres_hold_a_prepared_statement_when_the_hubs_data_source_runs_one_statement_repeatedly()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        const string Sql = "SELECT count(*) FROM attendance_ledger WHERE brin = @Brin";
        for (var i = 0; i < 10; i++)
        {
            await connection.ExecuteScalarAsync<long>(Sql, new { Brin = "12AB" });
        }

        var prepared = await connection.QueryAsync<string>("SELECT statement FROM pg_prepared_statements");

        Assert.Contains(prepared, statement => statement.Contains("FROM attendance_ledger WHERE brin = $1", StringComparison.Ordinal));
    }
}

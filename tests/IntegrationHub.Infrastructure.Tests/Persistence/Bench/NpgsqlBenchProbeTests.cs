using Dapper;
using IntegrationHub.Infrastructure.Persistence.Bench;
using IntegrationHub.Infrastructure.Tests.Support;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Bench;

/// <summary>
/// <c>hub bench</c> ends a run at the commit that finished the last event, read from PostgreSQL's commit times
/// (<c>track_commit_timestamp</c>, which infra/up.sh turns on), not at the sample that first saw it done.
/// </summary>
public sealed class NpgsqlBenchProbeTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Should_end_at_the_relay_commit_that_sent_the_last_evaluations_row_and_not_at_later_rows()
    {
        var probe = new NpgsqlBenchProbe(hub.Database.ConnectionString);
        Assert.Null(await probe.DoneAtAsync(CancellationToken.None));

        var evaluation = Guid.NewGuid();
        var written = Guid.NewGuid();
        await ExecuteAsync("""
            INSERT INTO inbox (consumer, message_id) VALUES ('signalering', @Evaluation);
            INSERT INTO outbox (message_id, message_type, body) VALUES (@Written, 'Bench.Test', '{}');
            """, new { Evaluation = evaluation, Written = written });
        var evaluated = await CommitTimeAsync("SELECT pg_xact_commit_timestamp(xmin) FROM inbox WHERE message_id = @Id", evaluation);

        Assert.Equal(evaluated, await probe.DoneAtAsync(CancellationToken.None));

        await Task.Delay(50);
        await ExecuteAsync("UPDATE outbox SET sent_at = now() WHERE message_id = @Written", new { Written = written });
        var relayed = await CommitTimeAsync("SELECT pg_xact_commit_timestamp(xmin) FROM outbox WHERE message_id = @Id", written);
        Assert.True(relayed > evaluated);

        Assert.Equal(relayed, await probe.DoneAtAsync(CancellationToken.None));

        // A row written after the last evaluation (the melding scheduler's) is not one of the events' rows.
        await Task.Delay(50);
        var later = Guid.NewGuid();
        await ExecuteAsync("INSERT INTO outbox (message_id, message_type, body) VALUES (@Later, 'Bench.Test', '{}')", new { Later = later });
        await ExecuteAsync("UPDATE outbox SET sent_at = now() WHERE message_id = @Later", new { Later = later });

        Assert.Equal(relayed, await probe.DoneAtAsync(CancellationToken.None));
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<DateTime> CommitTimeAsync(string sql, Guid id)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<DateTime>(sql, new { Id = id });
    }
}

using Dapper;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Routing;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Console.Beheer;

/// <summary>The overview's counts, the parked board and the school board on a real migrated database.</summary>
public sealed class BeheerBoardsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly MigratedDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Should_count_nothing_waiting_when_the_hub_is_empty()
    {
        var counts = await new NpgsqlOverviewCountsStore(_database.DataSource).ReadAsync(At, CancellationToken.None);

        Assert.Equal(new OverviewCounts(0, 0, 0, 0, 0, 0, 0, 0, 0), counts);
    }

    [Fact]
    public async Task Should_find_a_parked_delivery_by_school_or_woongemeente_and_count_it_when_one_is_parked()
    {
        var subject = Guid.NewGuid();
        await using (var connection = await _database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO parked_deliveries (subject_id, subject_kind, pupil_pseudonym, brin, vestiging, reason, detail, message_type, body, parked_at, woongemeente)
                VALUES (@subject, 'verzuimmelding', 'pseudo-1', '12AB', '00', 'woongemeente.unmapped', 'no organisation', 'urn:message:Test', '{}'::jsonb, @At, 'GM9999')
                """, new { subject, At });
        }

        var board = new NpgsqlParkedBoard(_database.DataSource, new ParkedDeliveries(_database.DataSource, TimeProvider.System));
        var bySchool = await board.ListAsync("12ab", 0, 25, CancellationToken.None);
        var byGemeente = await board.ListAsync("gm9999", 0, 25, CancellationToken.None);
        var none = await board.ListAsync("34CD", 0, 25, CancellationToken.None);
        var counts = await new NpgsqlOverviewCountsStore(_database.DataSource).ReadAsync(At, CancellationToken.None);

        Assert.Equal(subject, Assert.Single(bySchool.Items).SubjectId);
        Assert.Equal("GM9999", Assert.Single(byGemeente.Items).Woongemeente);
        Assert.Equal(0, none.Total);
        Assert.Equal(1, counts.ParkedDeliveries);
    }
}

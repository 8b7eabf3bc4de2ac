using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Outbox;

/// <summary>A row the relay cannot send holds up the rows behind it only until it is parked (Outbox:MaxAttempts).</summary>
public sealed class OutboxRelayParkingTests(OutboxRelayParkingTests.ParkingHub hub) : IClassFixture<OutboxRelayParkingTests.ParkingHub>
{
    [Fact]
    public async Task Should_park_the_row_and_send_the_rest_when_a_row_names_an_unknown_type()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var poison = Guid.NewGuid();
        await connection.ExecuteAsync("""
            INSERT INTO outbox (message_id, destination, message_type, body)
            VALUES (@poison, 'queue:nowhere', 'Nope.Unknown', '{}')
            """, new { poison });
        var inboundId = Guid.NewGuid();

        await hub.Services.GetRequiredService<IIntakeService>()
            .SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(inboundId)), CancellationToken.None);

        await QueueReader.WaitForMessageAsync(hub.VirtualHost, "school.12AB.feedback", TimeSpan.FromSeconds(30));

        // The relay commits a round's marks after its sends: poll the row until its rounds are recorded.
        (int Attempts, DateTime? SentAt, string LastError) parked = default;
        for (var i = 0; i < 300 && parked.Attempts < 2; i++)
        {
            parked = await connection.QuerySingleAsync<(int Attempts, DateTime? SentAt, string LastError)>(
                "SELECT attempts, sent_at, last_error FROM outbox WHERE message_id = @poison", new { poison });
            if (parked.Attempts < 2)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(2, parked.Attempts);
        Assert.Null(parked.SentAt);
        Assert.Contains("Nope.Unknown", parked.LastError, StringComparison.Ordinal);
    }

    public sealed class ParkingHub : RelayHub
    {
        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Outbox:MaxAttempts"] = "2";
            settings["Outbox:SendRetries"] = "0";
            return settings;
        }
    }
}

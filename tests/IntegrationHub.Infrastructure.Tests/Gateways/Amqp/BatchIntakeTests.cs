using System.Text.Json;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using IntegrationHub.Infrastructure.Tests.Persistence.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Amqp;

/// <summary>The AMQP gateway's batches on the real PostgreSQL: a message PostgreSQL refuses holds up only itself.</summary>
public sealed class BatchIntakeTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Should_record_the_others_exactly_once_and_return_only_the_poison_when_postgresql_refuses_one_message()
    {
        var intake = new BatchIntake(hub.Services.GetRequiredService<IServiceScopeFactory>(), submitAttempts: 2, NullLogger.Instance);
        var (first, poison, second) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var firstSubmission = Samples.Submission(Samples.AttendanceRegistered(first, registrationId: "reg-" + first.ToString("N")));

        var recorded = await intake.SubmitAsync(
            [firstSubmission, await IntakeBatchTests.PoisonAsync(hub.DataSource, poison),
             Samples.Submission(Samples.AttendanceRegistered(second, registrationId: "reg-" + second.ToString("N"))), firstSubmission],
            CancellationToken.None);

        Assert.Equal([true, false, true, true], recorded);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @first", new { first }));
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @second", new { second }));
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT receive_count FROM submissions WHERE message_id = @second", new { second }));
        Assert.Equal([false, true], (await hub.DataSource.FeedbackAsync(first))
            .Select(row => JsonDocument.Parse(row.Body).RootElement.GetProperty("isDuplicate").GetBoolean()));
        Assert.Single(await hub.DataSource.FeedbackAsync(second));
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM submissions WHERE message_id = @poison", new { poison }));
        Assert.Empty(await hub.DataSource.FeedbackAsync(poison));
    }
}

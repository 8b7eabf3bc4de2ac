using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Signalering;

/// <summary>
/// The real intake and the real signalering consumer over the real PostgreSQL; the consumer runs in MassTransit's
/// test harness, fed with the pupil events the intake wrote to the outbox (each delivered as its own PupilEventsRecorded
/// by the tests). The clock is fixed at
/// 23 November 2026 so the autumn-2026 dates stay inside the rules' horizon. With a <paramref name="batchSize"/>, the
/// consumer takes exactly that many messages per batch (no time limit to speak of, no retries), instead of the
/// definition's settings.
/// </summary>
public sealed class SignaleringPipeline(int? batchSize = null) : MigratedDatabase
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    protected override void Configure(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        services.AddSignalering();
        services.AddMassTransitTestHarness(bus =>
        {
            if (batchSize is { } size)
            {
                bus.AddConsumer<PupilEventsRecordedConsumer>((_, consumer) => consumer.Options<BatchOptions>(batch => batch
                    .SetMessageLimit(size).SetTimeLimit(TimeSpan.FromMinutes(5)).SetConcurrencyLimit(1)));
            }
            else
            {
                bus.AddConsumer<PupilEventsRecordedConsumer, PupilEventsRecordedConsumerDefinition>();
            }
        });
    }

    /// <summary>Submits through the intake; returns the pupil events it wrote to the outbox (in its PupilEventsRecorded), in ledger order.</summary>
    public async Task<IReadOnlyList<PupilEventRecorded>> RecordAsync(IEnumerable<InboundSubmission> submissions)
    {
        var intake = Services.GetRequiredService<IIntakeService>();
        var ids = new List<Guid>();
        foreach (var submission in submissions)
        {
            var result = await intake.SubmitAsync(submission, CancellationToken.None);
            Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
            ids.Add(result.MessageId!.Value);
        }

        await using var connection = await DataSource.OpenConnectionAsync();
        var bodies = await connection.QueryAsync<string>(
            OutboxRows.RecordedPupilEventsSql,
            new { ids = ids.ToArray() });
        return bodies.Select(b => JsonSerializer.Deserialize<PupilEventRecorded>(b, HubJson.Options)!).ToList();
    }
}

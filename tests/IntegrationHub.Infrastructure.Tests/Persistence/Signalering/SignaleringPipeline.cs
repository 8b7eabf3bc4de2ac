using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Signalering;

/// <summary>
/// The real intake and the real signalering consumer over the real PostgreSQL; the consumer runs in MassTransit's
/// test harness, fed with the PupilEventRecorded messages the intake wrote to the outbox. The clock is fixed at
/// 23 November 2026 so the autumn-2026 dates stay inside the rules' horizon.
/// </summary>
public sealed class SignaleringPipeline : MigratedDatabase
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    protected override void Configure(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));
        services.AddSignalering();
        services.AddMassTransitTestHarness(bus => bus.AddConsumer<PupilEventRecordedConsumer, PupilEventRecordedConsumerDefinition>());
    }
}

using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>
/// A migrated database with retention and the pupil rights wired as the hub wires them, on a fake clock (default
/// 23 November 2026, movable), the scheduled purge off unless a test turns it on. With <paramref name="signalering"/>,
/// also the signalering consumer in MassTransit's test harness (as <see cref="Signalering.SignaleringPipeline"/>).
/// </summary>
public sealed class RetentionDatabase(bool signalering = false, DateTimeOffset? now = null, IDictionary<string, string?>? settings = null) : MigratedDatabase
{
    public const string DisclosureKey = "test-disclosure-key-for-the-retention-tests-0123456789";

    public TestClock Clock { get; } = new(now ?? new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> Settings()
    {
        var all = base.Settings();
        all["Disclosures:Key"] = DisclosureKey;
        all["Retention:PurgeEnabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    protected override void Configure(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.AddRetention().AddPupilRights();
        if (signalering)
        {
            services.AddSignalering();
            services.AddMassTransitTestHarness(bus => bus.AddConsumer<PupilEventsRecordedConsumer, PupilEventsRecordedConsumerDefinition>());
        }
    }
}

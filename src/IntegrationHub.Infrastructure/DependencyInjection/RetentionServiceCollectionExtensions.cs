using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Retention;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Persistence.Retention;
using IntegrationHub.Infrastructure.Retention;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>
    /// Retention (section "Retention"): the purge, the ledger partitions made ahead, and the two hosted services that run
    /// them (the partitions at start-up and daily; the purge daily at Retention:PurgeAt unless Retention:PurgeEnabled is
    /// false). Needs AddHubPersistence, registered before it so the migration has run when these start.
    /// </summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Retention:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LedgerPartitions>();
        services.TryAddSingleton<IRetentionPurge, NpgsqlRetentionPurge>();
        services.AddHostedService<LedgerPartitionMaintenance>();
        services.AddHostedService<RetentionPurgeScheduler>();
        return services;
    }

    /// <summary>
    /// Rectification and erasure of a pupil's data (AVG art. 16, 17), each recorded in the disclosure log (section
    /// "Disclosures", Key required) with the pupil pseudonym (section "Pseudonymisation"). Needs AddRetention and AddIntake.
    /// </summary>
    public static IServiceCollection AddPupilRights(this IServiceCollection services)
    {
        services.AddOptions<DisclosureOptions>()
            .BindConfiguration(DisclosureOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PseudonymisationOptions>()
            .BindConfiguration(PseudonymisationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<PupilPseudonymiser>();
        services.TryAddSingleton<DisclosureSubjectProtector>();
        services.TryAddSingleton<DisclosureLog>();
        services.TryAddSingleton<IPupilRectification, NpgsqlPupilRectification>();
        services.TryAddSingleton<IPupilErasure, NpgsqlPupilErasure>();
        return services;
    }
}

using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Intake.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>
    /// The intake (<see cref="IIntakeService"/>): reader, validator (section "Intake"), pseudonymiser (section
    /// "Pseudonymisation", Key required) and mapper. Needs AddHubPersistence for its store.
    /// </summary>
    public static IServiceCollection AddIntake(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<PseudonymisationOptions>()
            .BindConfiguration(PseudonymisationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MessageReader>();
        services.TryAddSingleton<SubmissionValidator>();
        services.TryAddSingleton<PupilPseudonymiser>();
        services.TryAddSingleton<ContractMapper>();
        services.TryAddSingleton<IIntakeService, IntakeService>();
        return services;
    }
}

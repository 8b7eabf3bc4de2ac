using IntegrationHub.Application.Console.Inzage;
using IntegrationHub.Infrastructure.Console.Inzage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class InzageConsoleServiceCollectionExtensions
{
    /// <summary>
    /// Inzage (AVG art. 15) for operators: the disclosure log's inzage (the nummer pseudonymised as the intake does it:
    /// Pseudonymisation:Key and Disclosures:Key, the worker's own) and its CSV and PDF export (section "Inzage": fonts).
    /// </summary>
    public static IServiceCollection AddInzageConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIntake(configuration).AddPrivacy();
        services.AddOptions<InzageExportOptions>()
            .BindConfiguration(InzageExportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IInzageExport, InzageExporter>();
        return services;
    }
}

using System.Reflection;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Observability;
using IntegrationHub.Worker.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace IntegrationHub.Worker.Observability;

/// <summary>
/// OpenTelemetry for the worker: metrics of the .NET runtime, ASP.NET Core, HttpClient, MassTransit (meter and
/// ActivitySource "MassTransit"), the DUO loop (<see cref="DuoMeter.Name"/>) and the hub itself (<see cref="HubMeter.Name"/>),
/// exported on a Prometheus scrape endpoint (<see cref="ObservabilityOptions.MetricsPath"/>, default /metrics); traces of
/// ASP.NET Core, HttpClient and MassTransit. OTLP export (metrics and traces) only when an operator sets
/// Observability:OtlpEndpoint: otherwise nothing leaves the process.
/// </summary>
public static class ObservabilityRegistration
{
    public const string MassTransitSource = "MassTransit";
    public const string ServiceName = "integrationhub-worker";

    public static IServiceCollection AddHubObservability(this IServiceCollection services, IConfiguration configuration, HubRoles roles)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(roles);
        var identity = Identity(roles);
        services.AddHubMetrics(identity);
        var otlp = configuration.GetValue<Uri?>($"{ObservabilityOptions.SectionName}:{nameof(ObservabilityOptions.OtlpEndpoint)}");
        var protocol = configuration[$"{ObservabilityOptions.SectionName}:{nameof(ObservabilityOptions.OtlpProtocol)}"] is { Length: > 0 } configuredProtocol
            ? configuredProtocol
            : ObservabilityOptions.HttpProtobuf;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: identity.Version, serviceInstanceId: identity.InstanceId.ToString("D")))
            .WithMetrics(metrics =>
            {
                metrics.AddRuntimeInstrumentation()
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter(MassTransitSource, DuoMeter.Name, HubMeter.Name)
                    .AddPrometheusExporter();
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => Point(exporter, otlp, protocol, "v1/metrics"));
                }
            });
        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(MassTransitSource)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Point(exporter, otlp, protocol, "v1/traces")));
        }

        return services;
    }

    /// <summary>GET <see cref="ObservabilityOptions.MetricsPath"/>: the Prometheus text format of every metric above.</summary>
    public static IEndpointRouteBuilder MapHubMetrics(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[$"{ObservabilityOptions.SectionName}:{nameof(ObservabilityOptions.MetricsPath)}"] is { Length: > 0 } configured
            ? configured
            : new ObservabilityOptions().MetricsPath;
        endpoints.MapPrometheusScrapingEndpoint(path);
        return endpoints;
    }

    /// <summary>
    /// OTLP over HTTP needs the signal's own path when the endpoint is set in code (the exporter appends nothing then);
    /// gRPC takes the endpoint as given.
    /// </summary>
    private static void Point(OtlpExporterOptions exporter, Uri endpoint, string protocol, string signalPath)
    {
        if (protocol == ObservabilityOptions.HttpProtobuf)
        {
            exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
            exporter.Endpoint = new Uri(endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/"), signalPath);
        }
        else
        {
            exporter.Protocol = OtlpExportProtocol.Grpc;
            exporter.Endpoint = endpoint;
        }
    }

    private static WorkerIdentity Identity(HubRoles roles)
    {
        var assembly = typeof(ObservabilityRegistration).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return new WorkerIdentity(Guid.CreateVersion7(), Environment.ProcessId, Environment.MachineName, roles.ToString(), version, TimeProvider.System.GetUtcNow());
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Worker.Health;

/// <summary>Writes a health report as <c>{ "status", "checks": [ { "name", "status", "description" } ] }</c>.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
            }),
        };
        return context.Response.WriteAsJsonAsync(body);
    }
}

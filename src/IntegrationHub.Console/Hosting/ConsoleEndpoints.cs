using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace IntegrationHub.Console.Hosting;

public static class ConsoleEndpoints
{
    /// <summary><c>/health/live</c>: the process answers (no dependency is checked), open to anyone.</summary>
    public static IEndpointRouteBuilder MapConsoleHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>No framing, no sniffing, no referrer to other sites, scripts and styles only from the console itself.</summary>
    public static IApplicationBuilder UseConsoleSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            await next(context);
        });
}

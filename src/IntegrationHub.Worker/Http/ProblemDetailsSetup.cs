namespace IntegrationHub.Worker.Http;

/// <summary>
/// Every error answer is application/problem+json (RFC 9457), stamped with the UTC time it was made; a database
/// outage is a 503 with Retry-After (<see cref="DatabaseUnavailableHandler"/>).
/// </summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddHubProblemDetails(this IServiceCollection services) =>
        services.AddExceptionHandler<DatabaseUnavailableHandler>().AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var time = context.HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
            context.ProblemDetails.Extensions["timestamp"] = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
}

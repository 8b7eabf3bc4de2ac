using Microsoft.AspNetCore.Diagnostics;
using IntegrationHub.Infrastructure.Persistence;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// PostgreSQL not reachable: 503 problem+json with Retry-After instead of a 500. Items of a batch answered
/// before the failure are durable; sending the same batch again is safe because the intake de-duplicates by
/// message id.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!DatabaseAvailability.IsUnavailable(exception))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Temporarily unavailable",
                Detail = "The hub cannot record submissions right now. Send the same request again later; message ids make that safe.",
            },
        });
    }
}

using System.Net.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>A short code and status for a failed attempt, for logs and exception messages (never message bodies: they may hold personal data).</summary>
internal static class DuoFailure
{
    public static (string Failure, int? StatusCode) Describe(Exception? exception) => exception switch
    {
        DuoTransientException e => (e.Failure, e.StatusCode),
        DuoRejectedException e => (e.Failure, e.StatusCode),
        TimeoutRejectedException => ("timeout", null),
        BrokenCircuitException => ("circuit-open", null),
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => ("answer-lost", null),
        HttpRequestException e => ($"http-{e.HttpRequestError}".ToLowerInvariant(), (int?)e.StatusCode),
        OperationCanceledException => ("cancelled", null),
        null => ("none", null),
        _ => (exception.GetType().Name, null),
    };

    /// <summary>
    /// True when the request cannot have reached DUO (no connection was made), so a melden that failed this way left
    /// nothing behind. Everything else (timeout, lost answer, 5xx, fault) is an unknown outcome.
    /// </summary>
    public static bool NothingSent(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }
        or DuoRejectedException { StatusCode: null };
}

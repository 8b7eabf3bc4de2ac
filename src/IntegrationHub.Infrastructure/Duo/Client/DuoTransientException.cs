namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// An attempt whose outcome is unknown or failed on DUO's side and may succeed when tried again: a 5xx, 408 or 429
/// status, a SOAP fault, or an answer that could not be read. The pipeline retries it and the circuit breaker counts it.
/// <see cref="Failure"/> is a code for logs and metrics ("http-503", "soap-fault:Server", "wire-format").
/// </summary>
internal sealed class DuoTransientException(string failure, int? statusCode, Exception? innerException = null)
    : Exception($"DUO attempt failed: {failure}.", innerException)
{
    public string Failure { get; } = failure;

    public int? StatusCode { get; } = statusCode;
}

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// A technical refusal that trying again at once will not change (a 4xx other than 408/429, the client certificate
/// unreadable, DUO refusing the business-key check): not retried and not counted by the circuit breaker, but still a
/// <see cref="Application.Duo.DuoUnavailableException"/> for the caller, whose work waits until it is fixed.
/// </summary>
internal sealed class DuoRejectedException(string failure, int? statusCode = null, Exception? innerException = null)
    : Exception($"DUO call refused: {failure}.", innerException)
{
    public string Failure { get; } = failure;

    public int? StatusCode { get; } = statusCode;
}

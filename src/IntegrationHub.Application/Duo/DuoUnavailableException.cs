namespace IntegrationHub.Application.Duo;

/// <summary>
/// DUO could not be reached or did not answer usably (SOAP fault, 5xx, timeout, lost answer, open circuit) after the
/// adapter's own retries. Nothing about the request is known to have failed for good: the work waits and goes again.
/// </summary>
public sealed class DuoUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);

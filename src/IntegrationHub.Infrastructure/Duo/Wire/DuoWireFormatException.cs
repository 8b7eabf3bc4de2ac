namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// A message on the DUO wire could not be read: not XML, not a SOAP 1.1 envelope, or a body that misses a required
/// element or holds a value of the wrong form. The message names elements, never values (they may be personal data).
/// </summary>
public sealed class DuoWireFormatException(string message, Exception? innerException = null) : Exception(message, innerException);

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// A SOAP 1.1 fault: a technical error (the caller may retry), never a business error. <see cref="Code"/> is the local
/// part of faultcode in the SOAP namespace ("Server", "Client"), or the whole faultcode when it is in another namespace.
/// </summary>
public sealed record SoapFault(string Code, string Message)
{
    /// <summary>soap:Server: the receiver failed (retry may help).</summary>
    public static SoapFault Server(string message) => new("Server", message);

    /// <summary>soap:Client: the message itself was wrong.</summary>
    public static SoapFault Client(string message) => new("Client", message);
}

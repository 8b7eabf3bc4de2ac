using System.Xml.Linq;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// Wire names of each <see cref="DuoOperation"/>: the WS-Addressing Action (also sent as the SOAP 1.1 SOAPAction HTTP
/// header) and the body element of its request and response.
/// </summary>
public static class DuoOperations
{
    /// <summary>The WS-Addressing Action of the request, e.g. "urn:integrationhub:duo:verzuimregister:v1/MeldenRelatiefVerzuim".</summary>
    public static string RequestAction(this DuoOperation operation) => $"{DuoWireNamespaces.Verzuimregister.NamespaceName}/{operation}";

    /// <summary>The WS-Addressing Action of the response (the request's with "Response" appended).</summary>
    public static string ResponseAction(this DuoOperation operation) => RequestAction(operation) + "Response";

    /// <summary>The body element of the request, e.g. meldenRelatiefVerzuimRequest.</summary>
    public static XName RequestElement(this DuoOperation operation) => DuoWireNamespaces.Verzuimregister + Camel(operation) + "Request";

    /// <summary>The body element of the response, e.g. meldenRelatiefVerzuimResponse.</summary>
    public static XName ResponseElement(this DuoOperation operation) => DuoWireNamespaces.Verzuimregister + Camel(operation) + "Response";

    /// <summary>The operation whose request body element is <paramref name="name"/>, if any.</summary>
    public static bool TryFromRequestElement(XName name, out DuoOperation operation)
    {
        foreach (var candidate in Enum.GetValues<DuoOperation>())
        {
            if (candidate.RequestElement() == name)
            {
                operation = candidate;
                return true;
            }
        }

        operation = default;
        return false;
    }

    private static string Camel(DuoOperation operation)
    {
        var name = operation.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

using System.Xml.Linq;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>The XML namespaces of the DUO wire: SOAP 1.1, WS-Addressing 1.0 and the hub's verzuimregister schema.</summary>
public static class DuoWireNamespaces
{
    /// <summary>SOAP 1.1 envelope.</summary>
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>WS-Addressing 1.0.</summary>
    public static readonly XNamespace Addressing = "http://www.w3.org/2005/08/addressing";

    /// <summary>The target namespace of contracts/duo/verzuimregister.xsd (the hub's own reading of DUO's interface).</summary>
    public static readonly XNamespace Verzuimregister = "urn:integrationhub:duo:verzuimregister:v1";
}

using System.Xml;
using System.Xml.Linq;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>Reads SOAP 1.1 XML with WS-Addressing headers into a <see cref="SoapEnvelope"/>.</summary>
internal static class SoapEnvelopeReader
{
    /// <summary>
    /// Hostile XML is refused, not processed: a DOCTYPE is an error (no entity expansion, so no billion laughs), nothing
    /// is resolved (no external entity, no file or URL read), and a document is at most 16 M characters.
    /// </summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = 16 * 1024 * 1024,
    };

    public static SoapEnvelope Read(string xml)
    {
        var root = Load(xml);
        XNamespace soap = DuoWireNamespaces.Soap;
        XNamespace wsa = DuoWireNamespaces.Addressing;
        if (root.Name != soap + "Envelope")
        {
            throw new DuoWireFormatException("The message is not a SOAP 1.1 envelope.");
        }

        var header = root.Element(soap + "Header");
        var body = root.Element(soap + "Body") ?? throw new DuoWireFormatException("The SOAP envelope has no Body.");
        var action = header?.Element(wsa + "Action")?.Value.Trim();
        var messageId = header?.Element(wsa + "MessageID")?.Value.Trim();
        var to = header?.Element(wsa + "To")?.Value.Trim();
        var relatesTo = header?.Element(wsa + "RelatesTo")?.Value.Trim();

        if (body.Element(soap + "Fault") is { } fault)
        {
            return new SoapEnvelope
            {
                Action = action ?? SoapEnvelope.FaultAction, MessageId = messageId ?? "", RelatesTo = relatesTo,
                To = ToUri(to), Fault = ReadFault(fault),
            };
        }

        if (string.IsNullOrEmpty(action) || string.IsNullOrEmpty(messageId))
        {
            throw new DuoWireFormatException("The SOAP envelope misses the WS-Addressing Action or MessageID header.");
        }

        var content = body.Elements().ToList();
        if (content.Count != 1)
        {
            throw new DuoWireFormatException($"The SOAP Body holds {content.Count} elements; one was expected.");
        }

        return new SoapEnvelope { Action = action, MessageId = messageId, RelatesTo = relatesTo, To = ToUri(to), Body = content[0] };
    }

    private static XElement Load(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(reader).Root ?? throw new DuoWireFormatException("The message is empty.");
        }
        catch (XmlException e)
        {
            throw new DuoWireFormatException("The message is not well-formed XML.", e);
        }
    }

    private static SoapFault ReadFault(XElement fault)
    {
        var codeElement = fault.Element("faultcode");
        var code = codeElement?.Value.Trim() ?? "";
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && codeElement!.GetNamespaceOfPrefix(code[..colon]) == DuoWireNamespaces.Soap)
        {
            code = code[(colon + 1)..];
        }

        return new SoapFault(code, fault.Element("faultstring")?.Value ?? "");
    }

    private static Uri? ToUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
}

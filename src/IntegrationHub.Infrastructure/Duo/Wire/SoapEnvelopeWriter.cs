using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>Writes a <see cref="SoapEnvelope"/> as SOAP 1.1 XML with WS-Addressing headers.</summary>
internal static class SoapEnvelopeWriter
{
    public static string Write(SoapEnvelope envelope, bool indented)
    {
        XNamespace soap = DuoWireNamespaces.Soap;
        XNamespace wsa = DuoWireNamespaces.Addressing;
        var header = new XElement(soap + "Header");
        if (envelope.To is not null)
        {
            header.Add(new XElement(wsa + "To", envelope.To.AbsoluteUri));
        }

        header.Add(new XElement(wsa + "Action", envelope.Action));
        header.Add(new XElement(wsa + "MessageID", envelope.MessageId));
        if (envelope.RelatesTo is not null)
        {
            header.Add(new XElement(wsa + "RelatesTo", envelope.RelatesTo));
        }

        var body = new XElement(soap + "Body");
        if (envelope.Fault is { } fault)
        {
            body.Add(new XElement(soap + "Fault",
                new XElement("faultcode", FaultCode(fault.Code)),
                new XElement("faultstring", fault.Message)));
        }
        else if (envelope.Body is not null)
        {
            body.Add(new XElement(envelope.Body));
        }

        var root = new XElement(soap + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soap", soap.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsa", wsa.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "vr", DuoWireNamespaces.Verzuimregister.NamespaceName),
            header, body);

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = indented, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string FaultCode(string code) => code.Contains(':', StringComparison.Ordinal) ? code : "soap:" + code;
}

using System.Xml.Linq;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// A SOAP 1.1 envelope in the Digikoppeling WUS style: WS-Addressing headers only (To, Action, MessageID on a request;
/// Action, MessageID, RelatesTo on a response), no custom headers, business ids only in the body. Holds either a body
/// element or a <see cref="SoapFault"/>. Build with <see cref="Request"/>, <see cref="Response"/> or
/// <see cref="FaultResponse"/>; send <see cref="ToXml"/>; read an answer with <see cref="Parse"/>.
/// </summary>
public sealed record SoapEnvelope
{
    /// <summary>WS-Addressing Action of a fault.</summary>
    public const string FaultAction = "http://www.w3.org/2005/08/addressing/soap/fault";

    /// <summary>The content type of a SOAP 1.1 message.</summary>
    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>wsa:Action (also the SOAPAction HTTP header of a request).</summary>
    public required string Action { get; init; }

    /// <summary>wsa:MessageID, "urn:uuid:...". Empty only on a fault that could not carry one.</summary>
    public required string MessageId { get; init; }

    /// <summary>wsa:To, on a request.</summary>
    public Uri? To { get; init; }

    /// <summary>wsa:RelatesTo, on a response: the request's MessageID.</summary>
    public string? RelatesTo { get; init; }

    /// <summary>The body element (the operation's request or response); null for a fault.</summary>
    public XElement? Body { get; init; }

    /// <summary>The SOAP fault; null for a normal message (which may still carry business errors in its body).</summary>
    public SoapFault? Fault { get; init; }

    /// <summary>True when the envelope is a SOAP fault: a technical error, to be retried.</summary>
    public bool IsFault => Fault is not null;

    /// <summary>The body element, or a <see cref="DuoWireFormatException"/> when the envelope is a fault.</summary>
    public XElement RequiredBody => Body ?? throw new DuoWireFormatException("The envelope is a SOAP fault and has no body element.");

    /// <summary>A request to <paramref name="to"/> for <paramref name="operation"/>, with a new MessageID unless one is given.</summary>
    public static SoapEnvelope Request(Uri to, DuoOperation operation, XElement body, string? messageId = null) => new()
    {
        To = to, Action = operation.RequestAction(), MessageId = messageId ?? DuoMessageId.New(), Body = body,
    };

    /// <summary>The response to the request with MessageID <paramref name="relatesTo"/>.</summary>
    public static SoapEnvelope Response(DuoOperation operation, string relatesTo, XElement body, string? messageId = null) => new()
    {
        Action = operation.ResponseAction(), MessageId = messageId ?? DuoMessageId.New(), RelatesTo = relatesTo, Body = body,
    };

    /// <summary>A fault answering the request with MessageID <paramref name="relatesTo"/> (null when it could not be read).</summary>
    public static SoapEnvelope FaultResponse(SoapFault fault, string? relatesTo, string? messageId = null) => new()
    {
        Action = FaultAction, MessageId = messageId ?? DuoMessageId.New(), RelatesTo = relatesTo, Fault = fault,
    };

    /// <summary>The envelope as an XML document (UTF-8 declaration), compact unless <paramref name="indented"/>.</summary>
    public string ToXml(bool indented = false) => SoapEnvelopeWriter.Write(this, indented);

    /// <summary>
    /// Reads an envelope. Throws <see cref="DuoWireFormatException"/> when it is not XML or not a SOAP 1.1 envelope with
    /// the WS-Addressing headers a non-fault message needs. Check <see cref="IsFault"/> before reading the body.
    /// </summary>
    public static SoapEnvelope Parse(string xml) => SoapEnvelopeReader.Read(xml);
}

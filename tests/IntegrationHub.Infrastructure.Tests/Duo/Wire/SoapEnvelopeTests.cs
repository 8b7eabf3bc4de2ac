using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

public sealed class SoapEnvelopeTests
{
    private static readonly XNamespace Soap = DuoWireNamespaces.Soap;
    private static readonly XNamespace Wsa = DuoWireNamespaces.Addressing;
    private static readonly Uri To = new("https://duo.example/verzuimregister");

    [Fact]
    public void Should_carry_To_Action_and_a_uuid_MessageID_and_no_other_header_when_a_request_is_written()
    {
        var xml = SoapEnvelope.Request(To, DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(DuoWireSamples.Melding())).ToXml();

        var header = XDocument.Parse(xml).Root!.Element(Soap + "Header")!;

        Assert.Equal(["To", "Action", "MessageID"], header.Elements().Select(e => e.Name.LocalName));
        Assert.All(header.Elements(), e => Assert.Equal(Wsa, e.Name.Namespace));
        Assert.Equal(To.AbsoluteUri, header.Element(Wsa + "To")!.Value);
        Assert.Equal("urn:integrationhub:duo:verzuimregister:v1/MeldenRelatiefVerzuim", header.Element(Wsa + "Action")!.Value);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", header.Element(Wsa + "MessageID")!.Value);
        Assert.DoesNotContain("999990019", header.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_carry_MessageID_and_RelatesTo_and_only_addressing_headers_when_a_response_is_written()
    {
        var requestId = DuoMessageId.New();
        var body = DuoResponseWriter.Melden(new DuoMeldenResult { Meldingsnummer = "1000042", RegisteredAt = DuoWireSamples.RegisteredAt });

        var xml = SoapEnvelope.Response(DuoOperation.MeldenRelatiefVerzuim, requestId, body).ToXml();
        var header = XDocument.Parse(xml).Root!.Element(Soap + "Header")!;
        var parsed = SoapEnvelope.Parse(xml);

        Assert.Equal(["Action", "MessageID", "RelatesTo"], header.Elements().Select(e => e.Name.LocalName));
        Assert.All(header.Elements(), e => Assert.Equal(Wsa, e.Name.Namespace));
        Assert.Equal(requestId, parsed.RelatesTo);
        Assert.NotEqual(requestId, parsed.MessageId);
        Assert.StartsWith("urn:uuid:", parsed.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_tell_a_SOAP_fault_from_a_business_error_when_reading_answers()
    {
        var requestId = DuoMessageId.New();
        var fault = SoapEnvelope.Parse(SoapEnvelope.FaultResponse(SoapFault.Server("Het register is tijdelijk niet beschikbaar."), requestId).ToXml());
        var refused = SoapEnvelope.Parse(SoapEnvelope.Response(DuoOperation.MeldenRelatiefVerzuim, requestId,
            DuoResponseWriter.Melden(new DuoMeldenResult { Errors = [new DuoBusinessError("leerling.onbekend", "Onbekend.")] })).ToXml());

        Assert.True(fault.IsFault);
        Assert.Equal(new SoapFault("Server", "Het register is tijdelijk niet beschikbaar."), fault.Fault);
        Assert.Equal(requestId, fault.RelatesTo);
        Assert.Throws<DuoWireFormatException>(() => fault.RequiredBody);

        Assert.False(refused.IsFault);
        Assert.Equal("leerling.onbekend", Assert.Single(DuoResponseReader.Melden(refused.RequiredBody).Errors).Code);
    }

    [Fact]
    public void Should_read_a_fault_without_addressing_headers_and_with_another_prefix()
    {
        const string xml = """
            <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">
              <S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>Bad request</faultstring></S:Fault></S:Body>
            </S:Envelope>
            """;

        var parsed = SoapEnvelope.Parse(xml);

        Assert.Equal(new SoapFault("Client", "Bad request"), parsed.Fault);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>")]
    [InlineData("not xml at all")]
    [InlineData("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><x/></soap:Body></soap:Envelope>")]
    public void Should_throw_a_wire_format_error_when_the_answer_is_not_a_usable_envelope(string xml)
    {
        Assert.Throws<DuoWireFormatException>(() => SoapEnvelope.Parse(xml));
    }
}

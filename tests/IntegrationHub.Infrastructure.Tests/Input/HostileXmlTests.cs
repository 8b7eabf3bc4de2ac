using System.Net;
using System.Text;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Wire;
using IntegrationHub.Infrastructure.Tests.Duo.StandIn;

namespace IntegrationHub.Infrastructure.Tests.Input;

/// <summary>
/// The DUO wire reader (the hub reading DUO's answers, the stand-in reading the hub's requests) refuses hostile XML:
/// no DTD is processed, no entity expanded, no external entity resolved.
/// </summary>
public sealed class HostileXmlTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><x>&lol9;</x></s:Body></s:Envelope>
        """;

    private static string ExternalEntity(string target) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE x [ <!ENTITY xxe SYSTEM "{target}"> ]>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:a="http://www.w3.org/2005/08/addressing">
          <s:Header><a:Action>&xxe;</a:Action><a:MessageID>urn:uuid:00000000-0000-0000-0000-000000000001</a:MessageID></s:Header>
          <s:Body><x>&xxe;</x></s:Body>
        </s:Envelope>
        """;

    private const string InternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE x [ <!ENTITY e "entity"> ]>
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><x>&e;</x></s:Body></s:Envelope>
        """;

    public static TheoryData<string> Hostile => new()
    {
        BillionLaughs,
        ExternalEntity("file:///etc/passwd"),
        ExternalEntity("http://127.0.0.1:9/xxe"),
        InternalEntity,
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Should_refuse_as_not_well_formed_when_an_answer_carries_a_dtd_or_entities(string xml)
    {
        var error = Assert.Throws<DuoWireFormatException>(() => SoapEnvelope.Parse(xml));

        Assert.DoesNotContain("root:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Should_answer_a_client_fault_and_register_nothing_when_the_stand_in_gets_hostile_xml(string xml)
    {
        await using var f = await StandInFixture.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(f.StandIn.Endpoint, new StringContent(xml, Encoding.UTF8, "text/xml"));
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Client", SoapEnvelope.Parse(answer).Fault!.Code);
        Assert.DoesNotContain("root:", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", answer, StringComparison.Ordinal);
        Assert.Equal(DuoStandInOutcome.Unreadable, Assert.Single(f.StandIn.Store.Calls).Outcome);
    }
}

using System.Text.Json;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

public sealed class DuoWireCodesTests
{
    [Fact]
    public void Should_map_every_reden_afgesloten_of_the_contract_to_a_wire_code_and_back()
    {
        var codes = Enum.GetValues<RedenAfgesloten>().Select(r => JsonSerializer.Serialize(r).Trim('"')).ToList();

        Assert.Equal(codes, DuoWireCodes.RedenAfgesloten.ContractCodes);
        Assert.All(codes, c => Assert.Equal(c, DuoWireCodes.RedenAfgesloten.FromWire(DuoWireCodes.RedenAfgesloten.ToWire(c))));
        Assert.Equal("01", DuoWireCodes.RedenAfgesloten.ToWire("terug-naar-school"));
    }

    [Fact]
    public void Should_map_every_toelichting_afsluiting_of_the_contract_to_a_wire_code_and_back()
    {
        var codes = Enum.GetValues<ToelichtingAfsluiting>().Select(t => JsonSerializer.Serialize(t).Trim('"')).ToList();

        Assert.Equal(codes, DuoWireCodes.ToelichtingAfsluiting.ContractCodes);
        Assert.All(codes, c => Assert.Equal(c, DuoWireCodes.ToelichtingAfsluiting.FromWire(DuoWireCodes.ToelichtingAfsluiting.ToWire(c))));
    }

    [Fact]
    public void Should_refuse_codes_off_the_list_in_both_directions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DuoWireCodes.RedenAfgesloten.ToWire("verhuisd"));
        Assert.Throws<DuoWireFormatException>(() => DuoWireCodes.ToelichtingAfsluiting.FromWire("99"));
    }

    [Fact]
    public void Should_list_the_same_wire_codes_as_the_xsd()
    {
        var xsd = System.Xml.Linq.XDocument.Parse(DuoXsd.Text());
        System.Xml.Linq.XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        string[] Enumeration(string type) => [.. xsd.Root!.Elements(xs + "simpleType").Single(t => (string?)t.Attribute("name") == type)
            .Descendants(xs + "enumeration").Select(e => (string)e.Attribute("value")!)];

        Assert.Equal(Enumeration("RedenAfgeslotenCodeType"), DuoWireCodes.RedenAfgesloten.ContractCodes.Select(DuoWireCodes.RedenAfgesloten.ToWire));
        Assert.Equal(Enumeration("ToelichtingAfsluitingCodeType"), DuoWireCodes.ToelichtingAfsluiting.ContractCodes.Select(DuoWireCodes.ToelichtingAfsluiting.ToWire));
    }
}

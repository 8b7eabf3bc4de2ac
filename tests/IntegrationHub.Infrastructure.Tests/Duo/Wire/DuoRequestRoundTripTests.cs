using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

public sealed class DuoRequestRoundTripTests
{
    private static readonly Uri To = new("https://duo.example/verzuimregister");

    [Fact]
    public void Should_read_back_every_field_when_a_full_melden_request_crosses_the_wire()
    {
        var melding = DuoWireSamples.Melding();

        var body = Cross(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(melding));

        Assert.Equal(melding, DuoRequestReader.Melden(body));
    }

    [Fact]
    public void Should_read_back_a_melding_without_its_optional_fields_when_it_crosses_the_wire()
    {
        var melding = DuoWireSamples.MinimalMelding();

        Assert.Equal(melding, DuoRequestReader.Melden(Cross(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(melding))));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Should_read_back_a_mutatie_when_it_crosses_the_wire(bool einddatum, bool intrekken)
    {
        var mutatie = new DuoMutatie
        {
            Meldingsnummer = "1000042", MeldingId = Guid.NewGuid(), Brin = "12AB",
            Einddatum = einddatum ? new DateOnly(2026, 4, 1) : null, Intrekken = intrekken,
        };

        Assert.Equal(mutatie, DuoRequestReader.Mutatie(Cross(DuoOperation.MutatieMelding, DuoRequestWriter.Mutatie(mutatie))));
    }

    [Fact]
    public void Should_read_back_the_contract_codes_when_a_gemeente_status_crosses_the_wire()
    {
        var status = new DuoGemeenteStatus
        {
            Meldingsnummer = "1000042", Gemeentecode = "0344", Status = DuoStatus.G, RedenAfgesloten = "terug-naar-school",
            ToelichtingAfsluiting = "leerling-gezien-door-gemeente", Contactpersoon = DuoWireSamples.Contact,
            SetAt = new DateTimeOffset(2026, 3, 20, 14, 5, 7, TimeSpan.FromHours(1)),
        };

        var body = Cross(DuoOperation.StatusGemeente, DuoRequestWriter.StatusGemeente(status));

        Assert.Equal(status, DuoRequestReader.StatusGemeente(body));
        Assert.Equal("01", body.Element(DuoWireNamespaces.Verzuimregister + "redenAfgesloten")!.Value);
    }

    [Fact]
    public void Should_read_back_the_moment_when_an_aanvraag_gewijzigde_meldingen_crosses_the_wire()
    {
        var since = new DateTimeOffset(2026, 3, 20, 14, 5, 7, 123, TimeSpan.Zero).AddTicks(4567);

        var body = Cross(DuoOperation.AanvraagGewijzigdeMeldingen, DuoRequestWriter.AanvraagGewijzigdeMeldingen(since));

        Assert.Equal(since, DuoRequestReader.AanvraagGewijzigdeMeldingen(body));
    }

    [Fact]
    public void Should_read_back_the_business_key_when_an_opvragen_meldingen_crosses_the_wire()
    {
        var query = DuoOpvragenMeldingen.For(DuoWireSamples.Melding());

        var body = Cross(DuoOperation.OpvragenMeldingen, DuoRequestWriter.OpvragenMeldingen(query));

        Assert.Equal(query, DuoRequestReader.OpvragenMeldingen(body));
    }

    [Fact]
    public void Should_refuse_to_read_a_body_of_another_operation()
    {
        var body = DuoRequestWriter.AanvraagGewijzigdeMeldingen(DateTimeOffset.UnixEpoch);

        Assert.Throws<DuoWireFormatException>(() => DuoRequestReader.Melden(body));
    }

    /// <summary>Validates the body, sends it through an envelope's text and back.</summary>
    private static System.Xml.Linq.XElement Cross(DuoOperation operation, System.Xml.Linq.XElement body)
    {
        Assert.Empty(DuoXsdValidator.Validate(body));
        var parsed = SoapEnvelope.Parse(SoapEnvelope.Request(To, operation, body).ToXml());
        Assert.Equal(operation.RequestAction(), parsed.Action);
        return parsed.RequiredBody;
    }
}

using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

public sealed class DuoResponseRoundTripTests
{
    private static readonly DuoBusinessError[] Errors =
        [new("leerling.onbekend", "DUO kent deze leerling niet."), new("melding.dubbel", "Er is al een melding.")];

    [Fact]
    public void Should_read_back_meldingsnummer_and_time_when_a_melden_response_crosses_the_wire()
    {
        var result = new DuoMeldenResult { Meldingsnummer = "1000042", RegisteredAt = DuoWireSamples.RegisteredAt };

        var read = DuoResponseReader.Melden(Cross(DuoOperation.MeldenRelatiefVerzuim, DuoResponseWriter.Melden(result)));

        Assert.Equal("1000042", read.Meldingsnummer);
        Assert.Equal(DuoWireSamples.RegisteredAt, read.RegisteredAt);
        Assert.True(read.IsRegistered);
    }

    [Fact]
    public void Should_read_back_business_errors_when_a_melden_response_refuses()
    {
        var read = DuoResponseReader.Melden(Cross(DuoOperation.MeldenRelatiefVerzuim, DuoResponseWriter.Melden(new DuoMeldenResult { Errors = Errors })));

        Assert.Equal(Errors, read.Errors);
        Assert.Null(read.Meldingsnummer);
    }

    [Fact]
    public void Should_read_back_acceptance_and_errors_when_mutatie_and_status_responses_cross_the_wire()
    {
        var at = DuoWireSamples.RegisteredAt;

        Assert.True(DuoResponseReader.Mutatie(Cross(DuoOperation.MutatieMelding, DuoResponseWriter.Mutatie(new DuoMutatieResult(), at))).IsAccepted);
        Assert.Equal(Errors, DuoResponseReader.Mutatie(Cross(DuoOperation.MutatieMelding, DuoResponseWriter.Mutatie(new DuoMutatieResult { Errors = Errors }, at))).Errors);
        Assert.True(DuoResponseReader.StatusGemeente(Cross(DuoOperation.StatusGemeente, DuoResponseWriter.StatusGemeente(new DuoMutatieResult(), at))).IsAccepted);
        Assert.Equal(Errors, DuoResponseReader.StatusGemeente(Cross(DuoOperation.StatusGemeente, DuoResponseWriter.StatusGemeente(new DuoMutatieResult { Errors = Errors }, at))).Errors);
    }

    [Fact]
    public void Should_read_back_changes_in_order_when_an_aanvraag_gewijzigde_meldingen_response_crosses_the_wire()
    {
        var t = DuoWireSamples.RegisteredAt;
        var id = Guid.NewGuid();
        DuoStatusChange[] changes =
        [
            new() { Meldingsnummer = "1000042", MeldingId = id, Status = DuoStatus.R, StatusAt = t, Gemeentecode = "0344" },
            new() { Meldingsnummer = "1000042", MeldingId = id, Status = DuoStatus.B, StatusAt = t.AddDays(1), Gemeentecode = "0344", Contactpersoon = DuoWireSamples.Contact },
            new()
            {
                Meldingsnummer = "1000042", Status = DuoStatus.G, StatusAt = t.AddDays(2), RedenAfgesloten = "geen-verzuim-legitiem-afwezig",
                ToelichtingAfsluiting = "geen-actie-meer-richting-leerling", Contactpersoon = new DuoContactpersoon("B. Leerplicht", "", "", ""),
            },
            new() { Meldingsnummer = "1000043", Status = DuoStatus.D, StatusAt = t.AddDays(3) },
        ];
        var answer = new DuoGewijzigdeMeldingen(changes, t.AddDays(4));

        var read = DuoResponseReader.AanvraagGewijzigdeMeldingen(Cross(DuoOperation.AanvraagGewijzigdeMeldingen, DuoResponseWriter.AanvraagGewijzigdeMeldingen(answer)));

        Assert.True(read.IsSuccess);
        Assert.Equal(changes, read.Value!.Changes);
        Assert.Equal(answer.Until, read.Value.Until);
    }

    [Fact]
    public void Should_read_back_found_meldingen_when_an_opvragen_response_crosses_the_wire()
    {
        DuoGevondenMelding[] found = [new("1000042", Guid.NewGuid(), DuoWireSamples.RegisteredAt), new("1000050", null, DuoWireSamples.RegisteredAt.AddHours(1))];

        var read = DuoResponseReader.OpvragenMeldingen(Cross(DuoOperation.OpvragenMeldingen, DuoResponseWriter.OpvragenMeldingen(found)));
        var none = DuoResponseReader.OpvragenMeldingen(Cross(DuoOperation.OpvragenMeldingen, DuoResponseWriter.OpvragenMeldingen([])));

        Assert.Equal(found, read.Value);
        Assert.True(none.IsSuccess);
        Assert.Empty(none.Value!);
    }

    [Theory]
    [InlineData(DuoOperation.AanvraagGewijzigdeMeldingen)]
    [InlineData(DuoOperation.OpvragenMeldingen)]
    public void Should_read_business_errors_when_a_query_response_refuses(DuoOperation operation)
    {
        var body = Cross(operation, DuoResponseWriter.Fouten(operation, Errors));

        var errors = operation == DuoOperation.AanvraagGewijzigdeMeldingen
            ? DuoResponseReader.AanvraagGewijzigdeMeldingen(body).Errors
            : DuoResponseReader.OpvragenMeldingen(body).Errors;

        Assert.Equal(Errors, errors);
    }

    private static XElement Cross(DuoOperation operation, XElement body)
    {
        Assert.Empty(DuoXsdValidator.Validate(body));
        var parsed = SoapEnvelope.Parse(SoapEnvelope.Response(operation, DuoMessageId.New(), body).ToXml());
        Assert.False(parsed.IsFault);
        return parsed.RequiredBody;
    }
}

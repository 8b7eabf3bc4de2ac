using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

/// <summary>
/// contracts/duo/samples is generated from the code: these tests fail when the files differ from what the wire writes.
/// To regenerate after a deliberate change, run them once with DUO_SAMPLES_UPDATE=1.
/// </summary>
public sealed class DuoSampleDriftTests
{
    private static readonly Uri To = new("https://duo.example/verzuimregister");
    private static readonly string RequestId = DuoMessageId.From(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
    private static readonly string ResponseId = DuoMessageId.From(Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"));

    [Fact]
    public void Should_match_the_committed_sample_when_the_melden_request_is_written()
    {
        var xml = SoapEnvelope.Request(To, DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(DuoWireSamples.Melding()), RequestId).ToXml(indented: true);

        AssertSample(DuoSampleFiles.MeldenRequestPath, xml);
    }

    [Fact]
    public void Should_match_the_committed_sample_when_the_melden_response_is_written()
    {
        var body = DuoResponseWriter.Melden(new DuoMeldenResult { Meldingsnummer = "1000043", RegisteredAt = DuoWireSamples.RegisteredAt });
        var xml = SoapEnvelope.Response(DuoOperation.MeldenRelatiefVerzuim, RequestId, body, ResponseId).ToXml(indented: true);

        AssertSample(DuoSampleFiles.MeldenResponsePath, xml);
    }

    [Fact]
    public void Should_match_the_committed_sample_when_a_melden_response_carries_a_business_error()
    {
        var body = DuoResponseWriter.Melden(new DuoMeldenResult { Errors = [new DuoBusinessError("leerling.onbekend", "DUO kent deze leerling niet.")] });
        var xml = SoapEnvelope.Response(DuoOperation.MeldenRelatiefVerzuim, RequestId, body, ResponseId).ToXml(indented: true);

        AssertSample(Path.Combine(DuoSampleFiles.Directory, "melden-response-fout.xml"), xml);
    }

    [Fact]
    public void Should_match_the_committed_sample_when_a_SOAP_fault_is_written()
    {
        var xml = SoapEnvelope.FaultResponse(SoapFault.Server("Het verzuimregister is tijdelijk niet beschikbaar."), RequestId, ResponseId).ToXml(indented: true);

        AssertSample(Path.Combine(DuoSampleFiles.Directory, "fault-response.xml"), xml);
    }

    [Fact]
    public void Should_match_the_committed_sample_when_the_status_flow_comes_back_from_aanvraag_gewijzigde_meldingen()
    {
        var t = DuoWireSamples.RegisteredAt;
        var id = DuoWireSamples.Melding().MeldingId;
        DuoStatusChange[] flow =
        [
            new() { Meldingsnummer = "1000043", MeldingId = id, Status = DuoStatus.R, StatusAt = t, Gemeentecode = "0344" },
            new() { Meldingsnummer = "1000043", MeldingId = id, Status = DuoStatus.B, StatusAt = t.AddDays(2), Gemeentecode = "0344", Contactpersoon = DuoWireSamples.Contact },
            new()
            {
                Meldingsnummer = "1000043", MeldingId = id, Status = DuoStatus.G, StatusAt = t.AddDays(9), Gemeentecode = "0344",
                RedenAfgesloten = "terug-naar-school", ToelichtingAfsluiting = "leerling-gezien-door-gemeente", Contactpersoon = DuoWireSamples.Contact,
            },
        ];
        var request = SoapEnvelope.Request(To, DuoOperation.AanvraagGewijzigdeMeldingen, DuoRequestWriter.AanvraagGewijzigdeMeldingen(t.AddHours(-1)), RequestId).ToXml(indented: true);
        var body = DuoResponseWriter.AanvraagGewijzigdeMeldingen(new DuoGewijzigdeMeldingen(flow, t.AddDays(10)));
        var response = SoapEnvelope.Response(DuoOperation.AanvraagGewijzigdeMeldingen, RequestId, body, ResponseId).ToXml(indented: true);

        AssertSample(Path.Combine(DuoSampleFiles.Directory, "aanvraag-gewijzigde-meldingen-request.xml"), request);
        AssertSample(Path.Combine(DuoSampleFiles.Directory, "aanvraag-gewijzigde-meldingen-response.xml"), response);
    }

    [Fact]
    public void Should_keep_every_committed_body_valid_against_the_xsd()
    {
        foreach (var file in System.IO.Directory.GetFiles(DuoSampleFiles.Directory, "*.xml"))
        {
            var envelope = SoapEnvelope.Parse(File.ReadAllText(file));
            if (!envelope.IsFault)
            {
                Assert.Empty(DuoXsdValidator.Validate(envelope.RequiredBody));
            }
        }
    }

    private static void AssertSample(string path, string xml)
    {
        xml += "\n";
        if (Environment.GetEnvironmentVariable("DUO_SAMPLES_UPDATE") == "1")
        {
            File.WriteAllText(path, xml);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the drift tests once with DUO_SAMPLES_UPDATE=1.");
        Assert.Equal(File.ReadAllText(path), xml);
    }
}

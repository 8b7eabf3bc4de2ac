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

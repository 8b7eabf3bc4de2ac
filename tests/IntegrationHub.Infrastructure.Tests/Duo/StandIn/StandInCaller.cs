using System.Net;
using System.Text;
using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

/// <summary>Posts SOAP envelopes to a stand-in with a plain HttpClient (the tests' own caller, not the hub's DUO client).</summary>
internal sealed class StandInCaller(HttpClient http, Uri endpoint) : IDisposable
{
    public Uri Endpoint => endpoint;

    public async Task<(HttpStatusCode Status, SoapEnvelope Envelope)> CallAsync(DuoOperation operation, XElement body, string? messageId = null)
    {
        var envelope = SoapEnvelope.Request(endpoint, operation, body, messageId);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(envelope.ToXml(), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", $"\"{operation.RequestAction()}\"");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, SoapEnvelope.Parse(await response.Content.ReadAsStringAsync()));
    }

    public async Task<DuoMeldenResult> MeldenAsync(DuoVerzuimmelding melding, string? messageId = null)
    {
        var (_, envelope) = await CallAsync(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(melding), messageId);
        return DuoResponseReader.Melden(envelope.RequiredBody);
    }

    public async Task<DuoGewijzigdeMeldingen> AanvraagAsync(DateTimeOffset since)
    {
        var (_, envelope) = await CallAsync(DuoOperation.AanvraagGewijzigdeMeldingen, DuoRequestWriter.AanvraagGewijzigdeMeldingen(since));
        var result = DuoResponseReader.AanvraagGewijzigdeMeldingen(envelope.RequiredBody);
        Assert.True(result.IsSuccess);
        return result.Value!;
    }

    public async Task<DuoMutatieResult> MutatieAsync(DuoMutatie mutatie)
    {
        var (_, envelope) = await CallAsync(DuoOperation.MutatieMelding, DuoRequestWriter.Mutatie(mutatie));
        return DuoResponseReader.Mutatie(envelope.RequiredBody);
    }

    public void Dispose() => http.Dispose();
}

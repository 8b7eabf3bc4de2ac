using System.Net;
using System.Text;
using System.Xml.Linq;
using IntegrationHub.Infrastructure.Duo.Wire;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// One SOAP exchange with DUO over the "duo" HttpClient: wraps a body element in a WS-Addressing request envelope, posts
/// it, and returns the answer's body element (which may carry business errors: that is the caller's to read). Throws
/// <see cref="DuoTransientException"/> for 5xx/408/429, SOAP faults, unreadable answers and an answer that does not
/// relate to the request; <see cref="DuoRejectedException"/> for other statuses and an unreadable client certificate;
/// lets <see cref="HttpRequestException"/> (no connection, lost answer) and cancellation through.
/// </summary>
internal sealed class DuoSoapChannel(IHttpClientFactory httpClients, IOptions<DuoClientOptions> options)
{
    public const string HttpClientName = "duo";

    public async Task<XElement> ExchangeAsync(DuoOperation operation, XElement body, CancellationToken cancellationToken)
    {
        var endpoint = options.Value.Endpoint!;
        var request = SoapEnvelope.Request(endpoint, operation, body);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(request.ToXml(), Encoding.UTF8, "text/xml"),
        };
        message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{operation.RequestAction()}\"");

        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);

        if (response.StatusCode == HttpStatusCode.OK)
        {
            var answer = Parse(text, status);
            if (answer.Fault is { } fault)
            {
                throw new DuoTransientException($"soap-fault:{fault.Code}", status);
            }

            return answer.RelatesTo == request.MessageId
                ? answer.RequiredBody
                : throw new DuoTransientException("relates-to-mismatch", status);
        }

        if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            var fault = TryParse(text)?.Fault;
            throw new DuoTransientException(fault is null ? $"http-{status}" : $"soap-fault:{fault.Code}", status);
        }

        throw new DuoRejectedException($"http-{status}", status);
    }

    private static SoapEnvelope Parse(string text, int status)
    {
        try
        {
            return SoapEnvelope.Parse(text);
        }
        catch (DuoWireFormatException e)
        {
            throw new DuoTransientException("wire-format", status, e);
        }
    }

    private static SoapEnvelope? TryParse(string text)
    {
        try
        {
            return SoapEnvelope.Parse(text);
        }
        catch (DuoWireFormatException)
        {
            return null;
        }
    }
}

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>
/// Lets the first melden request reach DUO and then loses its answer, as a dropped connection would: added to the "duo"
/// HttpClient in a test, so a later call can be shown to find the registration instead of sending again.
/// </summary>
internal sealed class LoseFirstMeldenAnswer : DelegatingHandler
{
    private int _lost;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if (body.Contains("meldenRelatiefVerzuimRequest", StringComparison.Ordinal) && Interlocked.Exchange(ref _lost, 1) == 0)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The answer was lost (test).");
        }

        return response;
    }
}

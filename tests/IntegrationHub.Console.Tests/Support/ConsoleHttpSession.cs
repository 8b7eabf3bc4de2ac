using System.Net;
using System.Text.RegularExpressions;

namespace IntegrationHub.Console.Tests.Support;

/// <summary>
/// The console over plain HTTP with a cookie jar and no automatic redirects, for access checks that need status codes
/// rather than a browser: sign in through the login form (with its anti-forgery token), GET, POST a form.
/// </summary>
public sealed partial class ConsoleHttpSession : IDisposable
{
    private readonly HttpClient _http;

    public ConsoleHttpSession(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task<HttpResponseMessage> LoginAsync(string name, string password)
    {
        var token = await AntiforgeryTokenAsync("/Account/Inloggen");
        return await PostFormAsync("/Account/Inloggen", new Dictionary<string, string>
        {
            ["Naam"] = name, ["Wachtwoord"] = password, ["__RequestVerificationToken"] = token,
        });
    }

    public async Task LoginAsync(ConsoleAccountLogin account)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var response = await LoginAsync(account.Name, account.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {account.Name} answered {(int)response.StatusCode}.");
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The anti-forgery token of the first form on <paramref name="path"/> (its cookie is kept in the jar).</summary>
    public async Task<string> AntiforgeryTokenAsync(string path)
    {
        using var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No anti-forgery token on {path} ({(int)response.StatusCode}).");
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

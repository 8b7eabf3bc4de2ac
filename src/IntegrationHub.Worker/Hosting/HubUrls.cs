namespace IntegrationHub.Worker.Hosting;

/// <summary>
/// Where the HTTP side (submissions, health) listens: the usual ASP.NET Core setting (Urls, ASPNETCORE_URLS or
/// --urls), and when none is given only the loopback address, http://127.0.0.1:5080.
/// </summary>
public static class HubUrls
{
    public const string Default = "http://127.0.0.1:5080";

    public static IWebHostBuilder UseHubUrls(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey]) ? webHost.UseUrls(Default) : webHost;
    }
}

using System.Net;
using System.Security.Cryptography.X509Certificates;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// A stand-in for DUO's verzuimregister, for tests and the demo: an in-process Kestrel server on 127.0.0.1 (an
/// ephemeral port) that speaks the hub's DUO wire (SOAP 1.1 + WS-Addressing, contracts/duo/verzuimregister.xsd).
/// <list type="bullet">
/// <item>Validates every request body against the same XSD; an invalid body gets the business error "xsd.ongeldig".</item>
/// <item>Registers meldingen NAIVELY, as a real register could: no de-duplication on MessageID or business key, so a
/// double send is two registrations in <see cref="Store"/>. Returns meldingsnummers; answers mutatie, status gemeente,
/// aanvraag gewijzigde meldingen (R on registration, I on withdrawal, the gemeente's B G K, with DUO's time from
/// <see cref="DuoStandInOptions.Time"/>) and opvragen meldingen by business key.</item>
/// <item>Business errors for refused pupils (<see cref="RefuseNummer"/>) and unknown meldingsnummers.</item>
/// <item>Fault injection with a seeded <see cref="Random"/> (<see cref="Faults"/>): SOAP faults with 5xx, lost
/// responses (processed, then the connection aborted), timeouts, slow answers, and a Down switch.</item>
/// <item>Plays the gemeente (<see cref="SetStatus"/>): the next poll returns the status.</item>
/// <item>HTTPS with <see cref="DuoStandInOptions.ServerCertificate"/>, optionally requiring a client certificate (its
/// thumbprint is recorded per call); plain HTTP without one. <see cref="SelfSignedCertificates"/> makes test certificates.</item>
/// </list>
/// </summary>
public sealed class DuoStandInServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DuoStandInRegister _register;
    private readonly string? _serverThumbprint;
    private readonly ILogger _logger;

    private DuoStandInServer(WebApplication app, DuoStandInRegister register, DuoStandInStore store, DuoStandInOptions options, Uri endpoint, ILogger logger)
    {
        _logger = logger;
        _app = app;
        _register = register;
        Store = store;
        Faults = options.Faults;
        Endpoint = endpoint;
        _serverThumbprint = options.ServerCertificate?.Thumbprint;
    }

    /// <summary>The service's address, e.g. https://127.0.0.1:41234/verzuimregister: the wsa:To and the URL to post to.</summary>
    public Uri Endpoint { get; }

    /// <summary>The stand-in's own store: registrations, mutaties, status history, calls, client certificates seen.</summary>
    public DuoStandInStore Store { get; }

    /// <summary>The fault knobs; change them while it runs.</summary>
    public DuoStandInFaults Faults { get; }

    /// <summary>Starts a stand-in; dispose it to stop.</summary>
    public static async Task<DuoStandInServer> StartAsync(DuoStandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DuoStandInOptions();
        if (options.RequireClientCertificate && options.ServerCertificate is null)
        {
            throw new ArgumentException("A client certificate can only be required over HTTPS: give a server certificate.", nameof(options));
        }

        var store = new DuoStandInStore(options.FirstMeldingsnummer, options.Time);
        var register = new DuoStandInRegister(store, options.Time, options.RefusedNummers);
        var logger = options.LoggerFactory.CreateLogger(typeof(DuoStandInServer).FullName!);
        var endpoint = new DuoStandInEndpoint(register, store, options.Faults, options.Seed, logger);

        // The empty builder reads no configuration files (no file watchers per stand-in) and logs nothing of its own.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(DuoStandInServer).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (options.ServerCertificate is { } certificate)
            {
                listen.UseHttps(new HttpsConnectionAdapterOptions
                {
                    ServerCertificate = certificate,
                    ClientCertificateMode = options.RequireClientCertificate ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.AllowCertificate,
                    ClientCertificateValidation = (client, _, _) =>
                        options.TrustedClientThumbprints.Count == 0 || options.TrustedClientThumbprints.Contains(client.Thumbprint),
                });
            }
        }));

        var app = builder.Build();
        app.Run(context => HttpMethods.IsPost(context.Request.Method) && context.Request.Path == options.Path
            ? endpoint.HandleAsync(context)
            : NotFound(context));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DuoStandInServer(app, register, store, options, new Uri(new Uri(address), options.Path), logger);
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>
    /// The gemeente's side: sets a status on a melding (B in behandeling; G afgesloten with reden and toelichting as the
    /// contract's codes, e.g. "terug-naar-school"; K ter kennisgeving aangenomen) at DUO's current time. The next
    /// "aanvraag gewijzigde meldingen" returns it. Throws <see cref="KeyNotFoundException"/> for an unknown meldingsnummer.
    /// </summary>
    public DuoStatusChange SetStatus(string meldingsnummer, DuoStatus status, string? redenAfgesloten = null, string? toelichtingAfsluiting = null, DuoContactpersoon? contactpersoon = null)
    {
        if (redenAfgesloten is not null)
        {
            DuoWireCodes.RedenAfgesloten.ToWire(redenAfgesloten);
        }

        if (toelichtingAfsluiting is not null)
        {
            DuoWireCodes.ToelichtingAfsluiting.ToWire(toelichtingAfsluiting);
        }

        var change = _register.SetStatus(meldingsnummer, status, redenAfgesloten, toelichtingAfsluiting, contactpersoon);
        DuoStandInLog.GemeenteStatus(_logger, status.ToString(), meldingsnummer);
        return change;
    }

    /// <summary>From now on, meldingen for this persoonsgebonden nummer are refused with "leerling.onbekend".</summary>
    public void RefuseNummer(string persoonsgebondenNummer) => _register.Refuse(persoonsgebondenNummer);

    /// <summary>
    /// True when <paramref name="certificate"/> is this stand-in's server certificate: for a client's
    /// ServerCertificateCustomValidationCallback, since the test certificate is self-signed.
    /// </summary>
    public bool IsServerCertificate(X509Certificate2? certificate) =>
        certificate is not null && _serverThumbprint is not null && string.Equals(certificate.Thumbprint, _serverThumbprint, StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops the server; calls still hanging (injected timeouts, slow answers) are aborted after two seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(grace.Token);
        }

        await _app.DisposeAsync();
    }
}

using System.Security.Cryptography;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// A stand-in as the hub meets DUO in production: HTTPS with its own (self-signed) server certificate, requiring the hub's
/// client certificate. Writes the client certificate to <paramref name="directory"/> and gives the hub's "Duo:Client"
/// settings that reach it (the server certificate pinned by its SHA-256). For the demo and end-to-end tests.
/// </summary>
public sealed record DuoStandInSetup(DuoStandInServer Server, IReadOnlyDictionary<string, string> ClientSettings) : IAsyncDisposable
{
    private const string Password = "stand-in-client-certificate";

    public static async Task<DuoStandInSetup> StartAsync(string directory, DuoStandInOptions? options = null, CancellationToken cancellationToken = default)
    {
        var server = SelfSignedCertificates.Create("duo-stand-in", TimeProvider.System, TimeSpan.FromDays(2));
        var client = SelfSignedCertificates.Create("integrationhub-duo-client", TimeProvider.System, TimeSpan.FromDays(90));
        Directory.CreateDirectory(directory);
        var clientPath = Path.Combine(directory, "duo-client.pfx");
        SelfSignedCertificates.WritePfx(client, clientPath, Password);
        var given = options ?? new DuoStandInOptions();
        var standIn = await DuoStandInServer.StartAsync(new DuoStandInOptions
        {
            Time = given.Time,
            Seed = given.Seed,
            Path = given.Path,
            RefusedNummers = given.RefusedNummers,
            FirstMeldingsnummer = given.FirstMeldingsnummer,
            LoggerFactory = given.LoggerFactory,
            Faults = given.Faults,
            ServerCertificate = server,
            RequireClientCertificate = true,
            TrustedClientThumbprints = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { client.Thumbprint },
        }, cancellationToken);
        return new DuoStandInSetup(standIn, new Dictionary<string, string>
        {
            ["Endpoint"] = standIn.Endpoint.ToString(),
            ["ClientCertificatePath"] = clientPath,
            ["ClientCertificatePassword"] = Password,
            ["PinnedServerCertificateSha256"] = Convert.ToHexString(SHA256.HashData(server.RawData)),
        });
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

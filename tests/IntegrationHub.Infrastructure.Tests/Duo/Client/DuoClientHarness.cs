using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IntegrationHub.Application.Duo;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>
/// The real DUO client (AddDuoClient, configured through "Duo:Client") against the real stand-in over HTTPS that
/// requires the client's certificate (self-signed, pinned by SHA-256). Logs of the client are captured with FakeLogger,
/// its meter with a MeterListener. Settings can be overridden per test.
/// </summary>
internal sealed class DuoClientHarness : IAsyncDisposable
{
    private const string Password = "test-only";
    private readonly string _directory;

    private DuoClientHarness(string directory, DuoStandInServer standIn, ServiceProvider services, X509Certificate2 clientCertificate)
    {
        _directory = directory;
        StandIn = standIn;
        Services = services;
        ClientCertificate = clientCertificate;
        Meter = new DuoMeterRecorder(services.GetRequiredService<IMeterFactory>());
    }

    public DuoStandInServer StandIn { get; }

    public ServiceProvider Services { get; }

    public X509Certificate2 ClientCertificate { get; }

    public DuoMeterRecorder Meter { get; }

    public IDuoRegister Register => Services.GetRequiredService<IDuoRegister>();

    public DuoCircuit Circuit => Services.GetRequiredService<DuoCircuit>();

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>
    /// Starts a stand-in (faults as given) and a client. <paramref name="settings"/> overrides "Duo:Client" keys (e.g.
    /// "RetryCount"); a value of null removes the key. <paramref name="trustClient"/> false: the stand-in trusts another
    /// certificate than the one the client presents.
    /// </summary>
    public static async Task<DuoClientHarness> StartAsync(
        DuoStandInFaults? faults = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool trustClient = true,
        Action<IServiceCollection>? configureServices = null)
    {
        var directory = Directory.CreateTempSubdirectory("duo-client-").FullName;
        var serverCertificate = SelfSignedCertificates.Create("duo-standin", TimeProvider.System, TimeSpan.FromDays(2));
        var clientCertificate = SelfSignedCertificates.Create("hub-duo-client", TimeProvider.System, TimeSpan.FromDays(90));
        var clientPath = Path.Combine(directory, "client.pfx");
        SelfSignedCertificates.WritePfx(clientCertificate, clientPath, Password);

        var standIn = await DuoStandInServer.StartAsync(new DuoStandInOptions
        {
            ServerCertificate = serverCertificate,
            RequireClientCertificate = true,
            TrustedClientThumbprints = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { trustClient ? clientCertificate.Thumbprint : new string('0', 40) },
            Faults = faults ?? new DuoStandInFaults(),
        });

        var values = new Dictionary<string, string?>
        {
            ["Endpoint"] = standIn.Endpoint.ToString(),
            ["ClientCertificatePath"] = clientPath,
            ["ClientCertificatePassword"] = Password,
            ["PinnedServerCertificateSha256"] = Convert.ToHexString(SHA256.HashData(serverCertificate.RawData)),
            ["AttemptTimeout"] = "00:00:05",
            ["RetryCount"] = "3",
            ["RetryBaseDelay"] = "00:00:00.010",
            ["CircuitFailureRatio"] = "0.5",
            ["CircuitMinimumThroughput"] = "10",
            ["CircuitSamplingDuration"] = "00:00:05",
            ["CircuitBreakDuration"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Where(v => v.Value is not null).Select(v => KeyValuePair.Create($"{DuoClientOptions.SectionName}:{v.Key}", v.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddFakeLogging(options => options.FilteredCategories.Add(typeof(SoapDuoRegister).FullName!)))
            .AddDuoClient(configuration);
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new DuoClientHarness(directory, standIn, provider, clientCertificate);
    }

    /// <summary>Log records of the client with this event id.</summary>
    public IReadOnlyList<FakeLogRecord> LogsWithEvent(int eventId) => [.. Logs.GetSnapshot().Where(r => r.Id.Id == eventId)];

    public async ValueTask DisposeAsync()
    {
        Meter.Dispose();
        await Services.DisposeAsync();
        await StandIn.DisposeAsync();
        ClientCertificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}

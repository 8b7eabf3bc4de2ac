using IntegrationHub.Application.Console;
using IntegrationHub.Application.Routing;
using IntegrationHub.Console.Tests.Support;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Console.Tests.Bureau;

/// <summary>
/// The console's hub with the DUO loop running: a DUO stand-in on HTTPS (its own server certificate pinned, the hub's client
/// certificate required), and the worker's dispatcher and status poll every second, so a status set in the console reaches
/// DUO's register and comes back to the school within seconds. The partner organisations' topology is declared as
/// `hub org add` declares it, and a bureau user of <see cref="OtherBureauOrganisation"/> is made.
/// </summary>
public class PartnerHubFixture : ConsoleHubFixture
{
    public const string OtherBureauOrganisation = "rbl-eem-en-vallei";

    private string? _standInDirectory;
    private DuoStandInSetup? _standIn;

    public DuoStandInServer StandIn => _standIn!.Server;

    public ConsoleAccountLogin OtherBureau { get; private set; } = null!;

    protected override IDictionary<string, string> WorkerSettings
    {
        get
        {
            var settings = base.WorkerSettings;
            foreach (var (key, value) in _standIn!.ClientSettings)
            {
                settings["Duo__Client__" + key] = value;
            }

            settings["Duo__Client__RetryBaseDelay"] = "00:00:00.050";
            settings["Duo__Dispatch__PollInterval"] = "00:00:01";
            settings["Duo__Dispatch__RetryBaseDelay"] = "00:00:01";
            settings["Duo__Status__PollInterval"] = "00:00:01";
            return settings;
        }
    }

    public override async Task InitializeAsync()
    {
        _standInDirectory = Path.Combine(Path.GetTempPath(), "console-duo-" + Guid.NewGuid().ToString("N"));
        _standIn = await DuoStandInSetup.StartAsync(_standInDirectory);
        await base.InitializeAsync();
        await DeclarePartnersAsync([(PartnerKind.Leerplicht, BureauOrganisation), (PartnerKind.Jgz, JgzOrganisation)]);
        OtherBureau = await CreateAccountAsync("bureau-eem-en-vallei", ConsoleRoles.Bureau, organisationId: OtherBureauOrganisation);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }

        if (_standInDirectory is not null && System.IO.Directory.Exists(_standInDirectory))
        {
            System.IO.Directory.Delete(_standInDirectory, recursive: true);
        }
    }

    /// <summary>
    /// One melding-16-uur of the fixture's school, registered at DUO's stand-in (status R) and routed to
    /// <see cref="ConsoleHubFixture.BureauOrganisation"/>; made once per fixture, whichever test asks first.
    /// </summary>
    public Task<RegisteredMelding> RegisteredMeldingAsync() => _melding ??= MakeMeldingAsync();

    private Task<RegisteredMelding>? _melding;

    private async Task<RegisteredMelding> MakeMeldingAsync()
    {
        await using var lvs = await ConnectSchoolAsync();
        return await NewMeldingAsync(lvs, 201);
    }

    /// <summary>A new melding-16-uur of pupil <paramref name="pupilNumber"/>, published by <paramref name="lvs"/> and registered at DUO's stand-in.</summary>
    public async Task<RegisteredMelding> NewMeldingAsync(Lvs lvs, int pupilNumber)
    {
        ArgumentNullException.ThrowIfNull(lvs);
        var pupil = LvsFacts.Pupil(pupilNumber);
        await lvs.PublishAllAsync([LvsFacts.Enrolment(SchoolBrin, pupil), .. LvsFacts.SixteenHours(SchoolBrin, pupil)]);
        var registered = await lvs.WaitForAsync(f => f.Is("VerzuimmeldingRegistered") && f.Text("lvsPupilKey") == pupil.LvsPupilKey, "VerzuimmeldingRegistered");
        return new RegisteredMelding(registered.Guid("meldingId")!.Value, registered.Text("meldingsnummer")!, pupil.PersoonsgebondenNummer);
    }

    /// <summary>The fixture's school as its LVS: publishes on its exchange, reads its feedback queue.</summary>
    public Task<Lvs> ConnectSchoolAsync() => Lvs.OpenAsync(VirtualHost.Name, SchoolCredentials.Brin, SchoolCredentials.AmqpUsername, SchoolCredentials.AmqpPassword!);

    private async Task DeclarePartnersAsync(IEnumerable<(PartnerKind Kind, string OrganisationId)> organisations)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = VirtualHost.Name,
            UserName = TestEnvironment.MqUser,
            Password = TestEnvironment.MqPassword,
            ClientProvidedName = "console-tests-partners",
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var (kind, organisationId) in organisations)
        {
            await PartnerTopology.DeclareAsync(channel, kind, organisationId, CancellationToken.None);
        }
    }
}

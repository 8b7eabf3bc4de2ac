using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Duo.Dispatch;
using IntegrationHub.Infrastructure.Tests.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using IntegrationHub.Testing.Duo;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>
/// A migrated database with the DUO consumer (on MassTransit's in-memory test harness), the duo_outbox store, the
/// dispatcher's pass (not its background loop: tests run passes) over a fake clock, and the routing store and privacy
/// services as the worker wires them. School 12AB ("OSG De Brug") exists.
/// </summary>
public sealed class DuoOutboundDatabase : MigratedDatabase
{
    public const string Brin = "12AB";
    public const string SchoolName = "OSG De Brug";

    private static int _pupils;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 10, 5, 7, 0, 0, TimeSpan.Zero));

    public ErrorLog Errors { get; } = new();

    /// <summary>The one register of the class's tests (DUO's meldingsnummers are unique across its whole register).</summary>
    public InMemoryDuoRegister Register => (InMemoryDuoRegister)Services.GetRequiredService<IDuoRegister>();

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Start();
        await ExecAsync("INSERT INTO schools (brin, name, region) VALUES (@Brin, @Name, 'midden')", new { Brin, Name = SchoolName });
    }

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Disclosures:Key"] = PrivacyDatabase.DisclosureKey;
        settings["Duo:Dispatch:RetryBaseDelay"] = "00:00:10";
        settings["Duo:Dispatch:MaxConcurrentPupils"] = "4";
        return settings;
    }

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Errors);
        services.AddPrivacy().AddPartnerRouting().AddDuoOutbound().AddDuoDispatcher();
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DuoDispatcher)));
        services.AddSingleton<IDuoRegister>(provider => new InMemoryDuoRegister(provider.GetRequiredService<TimeProvider>()));
        services.AddMassTransitTestHarness(bus => bus.AddDuoOutboundConsumers());
    }

    /// <summary>A dispatcher pass over <paramref name="register"/>, as another dispatcher process would run it.</summary>
    public DuoDispatchPass Pass(IDuoRegister register) => ActivatorUtilities.CreateInstance<DuoDispatchPass>(Services, register);

    /// <summary>Runs passes until nothing is due; returns how many requests they handled.</summary>
    public async Task<int> DrainAsync(IDuoRegister register)
    {
        var pass = Pass(register);
        var total = 0;
        for (var handled = await pass.RunAsync(CancellationToken.None); handled > 0; handled = await pass.RunAsync(CancellationToken.None))
        {
            total += handled;
        }

        Assert.Empty(Errors.Errors);
        return total;
    }

    /// <summary>A new pupil (pseudonym) with a BSN from the test range in pupil_identity.</summary>
    public async Task<(string Pupil, string Nummer)> NewPupilAsync()
    {
        var n = Interlocked.Increment(ref _pupils);
        var pupil = $"pseudonym-duo-{n}-{Guid.NewGuid():N}";
        var nummer = (999990000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ExecAsync("INSERT INTO pupil_identity (pseudonym, nummer_soort, persoonsgebonden_nummer, first_seen_at) VALUES (@Pupil, 'bsn', @Nummer, now())",
            new { Pupil = pupil, Nummer = nummer });
        return (pupil, nummer);
    }

    /// <summary>Delivers <paramref name="message"/> to the DUO consumer as a publish with <paramref name="messageId"/>, and waits until it was consumed.</summary>
    public async Task ConsumeAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await Harness.Bus.Publish(message, context => context.MessageId = id);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!Harness.Consumed.Select<T>(c => c.Context.MessageId == id).Any(c => c.Exception is null))
        {
            Assert.False(timeout.IsCancellationRequested, $"The DUO consumer did not consume {typeof(T).Name} {id}.");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    public static VerzuimmeldingReady Ready(string pupil, string kind = "melding-16-uur") => new()
    {
        MeldingId = Guid.NewGuid(),
        Kind = kind,
        SoortVerzuim = "ongeoorloofd verzuim van in totaal 16 uren in 4 opeenvolgende lesweken",
        Recipient = "leerplicht",
        Pupil = pupil,
        Brin = Brin,
        Vestiging = "00",
        Regime = "leerplicht",
        Woongemeente = "GM0344",
        Begindatum = new DateOnly(2026, 9, 7),
        VerzuimUren = 16.5m,
        VerzuimDagen = 6,
        IsVervolgmelding = false,
        Deadline = new DateOnly(2026, 10, 8),
        RegistrationIds = ["r1"],
        MelderNaam = "J. de Vries",
        MelderFunctie = "Verzuimcoördinator",
        MelderTelefoon = "030-1234567",
        MelderEmail = "verzuim@school.example",
        DoorSchoolOndernomenActie = "Gesprek met ouders gevoerd",
        ActieGemeenteGewenst = true,
        MadeAt = new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero),
        MadeOn = new DateOnly(2026, 10, 2),
        LvsPupilKey = "lvs-" + pupil[^6..],
    };

    public async Task ExecAsync(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }
}

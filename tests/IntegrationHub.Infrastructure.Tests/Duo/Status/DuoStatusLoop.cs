using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Polling;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Duo;
using IntegrationHub.Testing;
using IntegrationHub.Testing.Duo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using System.Diagnostics.Metrics;

namespace IntegrationHub.Infrastructure.Tests.Duo.Status;

/// <summary>
/// One test's status loop on its own migrated database (the poll state is one row, so every test gets a fresh one), with
/// <see cref="InMemoryDuoRegister"/> as DUO and a <see cref="FakeTimeProvider"/> shared by DUO and the hub. Meldingen are
/// seeded as the DUO dispatcher leaves them once registered (duo_meldingen on R, the R in the status history).
/// </summary>
public sealed class DuoStatusLoop : IAsyncDisposable
{
    public const string Brin = "12AB";
    public const string Vestiging = "00";

    private readonly ServiceProvider _services;
    private readonly TestDatabase _database;
    private int _nummer = 999990019;

    private DuoStatusLoop(TestDatabase database, NpgsqlDataSource dataSource, DuoStatusOptions options)
    {
        _database = database;
        DataSource = dataSource;
        Options = options;
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Register = new InMemoryDuoRegister(Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 11, 15, 9, 0, 0, TimeSpan.Zero));

    public InMemoryDuoRegister Register { get; }

    public NpgsqlDataSource DataSource { get; }

    public DuoStatusOptions Options { get; }

    public IMeterFactory MeterFactory => _services.GetRequiredService<IMeterFactory>();

    public static async Task<DuoStatusLoop> StartAsync(DuoStatusOptions? options = null)
    {
        var database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(database.ConnectionString);
        DapperConventions.Apply(); // as AddHubPersistence does
        return new DuoStatusLoop(database, NpgsqlDataSource.Create(database.ConnectionString), options ?? new DuoStatusOptions());
    }

    /// <summary>A poller as one process builds it: its own store, monitor and instruments.</summary>
    public Poller NewPoller(FakeLogger<DuoPollMonitor>? monitorLogger = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var monitor = new DuoPollMonitor(Time, options, (Microsoft.Extensions.Logging.ILogger<DuoPollMonitor>?)monitorLogger ?? NullLogger<DuoPollMonitor>.Instance);
        var metrics = new DuoStatusMetrics(MeterFactory, monitor);
        var store = new NpgsqlDuoStatusStore(DataSource);
        var pass = new DuoStatusPollPass(Register, store, monitor, metrics, options, Time, NullLogger<DuoStatusPollPass>.Instance);
        var overdue = new PartnerOverduePass(store, metrics, options, Time, NullLogger<PartnerOverduePass>.Instance);
        return new Poller(pass, monitor, metrics, store, overdue, new DuoPollHealthCheck(monitor));
    }

    public MetricCollector<T> Collect<T>(string instrument)
        where T : struct => new(MeterFactory, DuoMeter.Name, instrument);

    /// <summary>Registers a melding at DUO (MeldenAsync) and records it as the dispatcher does; returns its id and meldingsnummer.</summary>
    public async Task<(Guid MeldingId, string Meldingsnummer)> RegisteredMeldingAsync(string? organisationId = null)
    {
        var meldingId = Guid.CreateVersion7();
        var result = await Register.MeldenAsync(Document(meldingId), CancellationToken.None);
        var nummer = result.Meldingsnummer!;
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO duo_meldingen (melding_id, pupil_pseudonym, brin, vestiging, lvs_pupil_key, soort, begindatum, gemeente, made_at,
                                       meldingsnummer, registered_at, status, status_at, created_at)
            VALUES (@MeldingId, @Pupil, @Brin, @Vestiging, 'LVS-' || @Pupil, 'V3', DATE '2027-11-01', 'GM0344', @At, @Nummer, @At, 'R', @At, @At);
            INSERT INTO duo_melding_statuses (meldingsnummer, status, status_at, melding_id, gemeente, recorded_at)
            VALUES (@Nummer, 'R', @At, @MeldingId, 'GM0344', @At);
            """, new { MeldingId = meldingId, Pupil = "pseudonym-" + meldingId.ToString("N")[..8], Brin, Vestiging, Nummer = nummer, At = result.RegisteredAt!.Value.UtcDateTime });
        if (organisationId is not null)
        {
            await connection.ExecuteAsync("""
                INSERT INTO melding_routes (melding_id, organisation_id, partner_kind, woongemeente, routed_on, notify, message_id, routed_at)
                VALUES (@MeldingId, @OrganisationId, 'leerplicht', 'GM0344', DATE '2027-11-15', true, NULL, @At)
                """, new { MeldingId = meldingId, OrganisationId = organisationId, At = result.RegisteredAt!.Value.UtcDateTime });
        }

        return (meldingId, nummer);
    }

    /// <summary>A melding DUO registered that the hub never recorded (another school system's, or lost).</summary>
    public async Task<string> ForeignMeldingAsync() =>
        (await Register.MeldenAsync(Document(Guid.CreateVersion7()), CancellationToken.None)).Meldingsnummer!;

    /// <summary>The school's feedback rows about a melding, in outbox order: (short type name, body).</summary>
    public async Task<IReadOnlyList<(string Type, string Body)>> FeedbackAsync(Guid meldingId)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string MessageType, string Destination, string Body)>(
            "SELECT message_type, destination, body::text FROM outbox WHERE body->>'meldingId' = @Id ORDER BY sequence", new { Id = meldingId.ToString() });
        Assert.All(rows, r => Assert.Equal($"queue:school.{Brin}.feedback", r.Destination));
        return rows.Select(r => (r.MessageType[(r.MessageType.LastIndexOf('.') + 1)..], r.Body)).ToArray();
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<T>(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private DuoVerzuimmelding Document(Guid meldingId) => new()
    {
        MeldingId = meldingId,
        Brin = Brin,
        Vestiging = Vestiging,
        PersoonsgebondenNummer = (_nummer++).ToString(System.Globalization.CultureInfo.InvariantCulture),
        NummerSoort = "BSN",
        Soort = DuoSoort.V3,
        Begindatum = new DateOnly(2027, 11, 1),
        AlleLessenGemist = false,
        DoorSchoolOndernomenActie = "Gesprek met ouders",
        ActieGemeenteGewenst = true,
        NaamLeslocatie = "Hoofdlocatie",
        Melder = new DuoMelder("M. Melder", "verzuimcoordinator", "030-0000000", "verzuim@school.example"),
        VerzuimDagen = 4,
        VerzuimUren = 16m,
        Gemeentecode = "0344",
    };

    public sealed record Poller(
        DuoStatusPollPass Pass, DuoPollMonitor Monitor, DuoStatusMetrics Metrics, NpgsqlDuoStatusStore Store, PartnerOverduePass Overdue, DuoPollHealthCheck Health);
}

using IntegrationHub.Contracts.V1;
using IntegrationHub.Testing;

namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>
/// One run of a partner example against the real broker, shared by the tests of a class: the relay sends a
/// VerzuimmeldingNotification, the same message again (a repeat, as after a lost confirm), and an update with the
/// meldingsnummer; the example runs with <c>--answer --max 3</c> as the partner's own user; then what is left on the
/// partner's queue and what arrived on the hub's partner intake are read. Then a body that is not JSON is put on the queue
/// and the example runs once more.
/// </summary>
public abstract class PartnerScenario : IAsyncLifetime
{
    public const string Bsn = "999990019";
    public const string TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    public const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    private PartnerBroker? _broker;

    public Guid MeldingId { get; } = Guid.NewGuid();

    public Guid NotificationMessageId { get; } = Guid.NewGuid();

    public ChildProcessResult Run { get; private set; } = new(-1, []);

    public uint LeftOnPartnerQueue { get; private set; }

    public IReadOnlyList<PartnerAnswer> Answers { get; private set; } = [];

    public ChildProcessResult UnreadableRun { get; private set; } = new(-1, []);

    public uint LeftAfterUnreadable { get; private set; }

    internal string User => _broker!.User;

    internal string AnswerExchange => $"partner.{_broker!.Org}.in";

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        _broker = await PartnerBroker.CreateAsync();
        var notification = Notification();
        await _broker.SendAsRelayAsync(notification, NotificationMessageId, TraceParent);
        await _broker.SendAsRelayAsync(notification, NotificationMessageId, TraceParent);
        await _broker.SendAsRelayAsync(
            new VerzuimmeldingNotificationUpdated
            {
                MeldingId = MeldingId, Recipient = notification.Recipient, Change = "meldingsnummer", Meldingsnummer = "DUO-2026-000123",
                ChangedAt = new DateTimeOffset(2026, 10, 8, 9, 0, 0, TimeSpan.Zero),
            },
            Guid.NewGuid(),
            TraceParent);

        Run = await RunExampleAsync(["--org", _broker.Org, "--kind", "leerplicht", "--answer", "--max", "3"], _broker.Environment);
        LeftOnPartnerQueue = await _broker.ReadyAsync(_broker.Queue);
        Answers = await _broker.TakePartnerIntakeAsync();

        await _broker.SendUnreadableAsync();
        UnreadableRun = await RunExampleAsync(["--org", _broker.Org, "--kind", "leerplicht", "--max", "1"], _broker.Environment);
        LeftAfterUnreadable = await _broker.ReadyAsync(_broker.Queue);
    }

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        await CleanUpAsync();
    }

    /// <summary>Builds or installs the example, once.</summary>
    protected abstract Task PrepareAsync();

    protected abstract Task<ChildProcessResult> RunExampleAsync(IReadOnlyList<string> arguments, IDictionary<string, string> environment);

    protected abstract Task CleanUpAsync();

    private VerzuimmeldingNotification Notification() => new()
    {
        MeldingId = MeldingId,
        Recipient = new PartnerRef { OrganisationId = _broker!.Org, Kind = "leerplicht" },
        PersoonsgebondenNummer = Bsn,
        NummerSoort = NummerSoort.Bsn,
        School = new SchoolRef { Brin = "34CD", Vestiging = "00" },
        Woongemeente = "GM0344",
        SoortVerzuim = "16-uur",
        Begindatum = new DateOnly(2026, 9, 8),
        Einddatum = new DateOnly(2026, 9, 29),
        VerzuimUren = 16,
        VerzuimDagen = 4,
        IsVervolgmelding = false,
        Deadline = new DateOnly(2026, 10, 6),
        Melder = new MelderRef { Naam = "J. de Vries", Functie = "verzuimcoördinator", Telefoon = "0301234567", Email = "verzuim@baken.example" },
        DoorSchoolOndernomenActie = "Gesprek met leerling en ouders.",
        ActieGemeenteGewenst = true,
        MadeAt = new DateTimeOffset(2026, 10, 1, 22, 0, 0, TimeSpan.Zero),
    };
}

using IntegrationHub.Application.Duo;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// The stand-in's own store, open to tests: every registration (with its business key, MessageID and the XML received),
/// every mutatie, the status history in the order DUO recorded it, every call, and the client certificates seen.
/// Reads return snapshots; thread-safe.
/// </summary>
public sealed class DuoStandInStore
{
    private readonly Lock _gate = new();
    private readonly List<DuoStandInRegistration> _registrations = [];
    private readonly Dictionary<string, DuoStandInRegistration> _byNummer = new(StringComparer.Ordinal);
    private readonly List<DuoMutatie> _mutaties = [];
    private readonly List<DuoStatusChange> _statuses = [];
    private readonly List<DuoStandInCall> _calls = [];
    private long _next;

    private readonly TimeProvider _time;

    internal DuoStandInStore(long firstMeldingsnummer, TimeProvider time)
    {
        _next = firstMeldingsnummer;
        _time = time;
    }

    /// <summary>Every registration, in order of registration (a double send shows up twice).</summary>
    public IReadOnlyList<DuoStandInRegistration> Registrations => Snapshot(_registrations);

    /// <summary>Every mutatie DUO accepted, in order.</summary>
    public IReadOnlyList<DuoMutatie> Mutaties => Snapshot(_mutaties);

    /// <summary>Every status change (R on registration, I on withdrawal, the gemeente's B G K), in the order DUO recorded them.</summary>
    public IReadOnlyList<DuoStatusChange> StatusHistory => Snapshot(_statuses);

    /// <summary>Every call received, in order of arrival.</summary>
    public IReadOnlyList<DuoStandInCall> Calls => Snapshot(_calls);

    /// <summary>The distinct thumbprints of the client certificates the stand-in saw.</summary>
    public IReadOnlySet<string> ClientCertificateThumbprints
    {
        get
        {
            lock (_gate)
            {
                return _calls.Where(c => c.ClientCertificateThumbprint is not null).Select(c => c.ClientCertificateThumbprint!).ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>The registrations of one melding of the hub (by its kenmerk): exactly one when nothing was duplicated.</summary>
    public IReadOnlyList<DuoStandInRegistration> RegistrationsOf(Guid meldingId)
    {
        lock (_gate)
        {
            return [.. _registrations.Where(r => r.MeldingId == meldingId)];
        }
    }

    /// <summary>The registration with this meldingsnummer, if any.</summary>
    public DuoStandInRegistration? Find(string meldingsnummer)
    {
        lock (_gate)
        {
            return _byNummer.GetValueOrDefault(meldingsnummer);
        }
    }

    /// <summary>The status history of one melding, in order.</summary>
    public IReadOnlyList<DuoStatusChange> StatusesOf(string meldingsnummer)
    {
        lock (_gate)
        {
            return [.. _statuses.Where(s => s.Meldingsnummer == meldingsnummer)];
        }
    }

    /// <summary>
    /// Registers a melding and its status R at DUO's current time. The clock is read under the same lock as
    /// <see cref="ChangesSince"/>, so a poll never cuts off at a time before a change it did not see.
    /// </summary>
    internal DuoStandInRegistration Register(DuoVerzuimmelding melding, string messageId, string receivedXml)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var nummer = (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var registration = new DuoStandInRegistration(nummer, melding, Infrastructure.Duo.Wire.DuoOpvragenMeldingen.For(melding), messageId, receivedXml, now);
            _registrations.Add(registration);
            _byNummer.Add(nummer, registration);
            _statuses.Add(new DuoStatusChange
            {
                Meldingsnummer = nummer, MeldingId = melding.MeldingId, Status = DuoStatus.R, StatusAt = now, Gemeentecode = melding.Gemeentecode,
            });
            return registration;
        }
    }

    /// <summary>Records a status change at DUO's current time (read under the lock, see <see cref="Register"/>).</summary>
    internal DuoStatusChange AddStatus(Func<DateTimeOffset, DuoStatusChange> create)
    {
        lock (_gate)
        {
            var change = create(_time.GetUtcNow());
            _statuses.Add(change);
            return change;
        }
    }

    /// <summary>Every change at or after <paramref name="since"/>, oldest first, and DUO's time of the answer.</summary>
    internal (List<DuoStatusChange> Changes, DateTimeOffset Until) ChangesSince(DateTimeOffset since)
    {
        lock (_gate)
        {
            return ([.. _statuses.Where(s => s.StatusAt >= since).OrderBy(s => s.StatusAt)], _time.GetUtcNow());
        }
    }

    internal void AddMutatie(DuoMutatie mutatie)
    {
        lock (_gate)
        {
            _mutaties.Add(mutatie);
        }
    }

    internal void AddCall(DuoStandInCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }
    }

    /// <summary>The current status of a melding (its last change), if it is known.</summary>
    public DuoStatus? CurrentStatus(string meldingsnummer)
    {
        lock (_gate)
        {
            return _statuses.LastOrDefault(s => s.Meldingsnummer == meldingsnummer)?.Status;
        }
    }

    private List<T> Snapshot<T>(List<T> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}

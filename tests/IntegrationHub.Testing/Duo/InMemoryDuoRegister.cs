using System.Collections.Concurrent;
using IntegrationHub.Application.Duo;

namespace IntegrationHub.Testing.Duo;

/// <summary>
/// A DUO register in memory, behind the same port as the real adapter, for tests of the hub's own DUO loop (the
/// dispatcher, the poll) where the wire and the network are not the subject. It registers naively (no de-duplication),
/// keeps every call, plays the gemeente (<see cref="SetStatus"/>), and can be down (<see cref="Down"/>) or refuse a
/// pupil with a business error (<see cref="RefuseNummer"/>). The wire, the faults and the idempotency of the real adapter
/// are tested against the Kestrel stand-in instead.
/// </summary>
public sealed class InMemoryDuoRegister(TimeProvider time) : IDuoRegister
{
    private readonly Lock _gate = new();
    private readonly List<DuoVerzuimmelding> _registered = [];
    private readonly Dictionary<string, DuoVerzuimmelding> _byNummer = [];
    private readonly List<DuoStatusChange> _changes = [];
    private readonly ConcurrentBag<object> _calls = [];
    private readonly HashSet<string> _refused = [];
    private int _next = 1000;

    /// <summary>While true every call throws <see cref="DuoUnavailableException"/> (and is not recorded as received).</summary>
    public bool Down { get; set; }

    /// <summary>Every request that reached the register, in no particular order.</summary>
    public IReadOnlyCollection<object> Calls => _calls;

    public IReadOnlyList<DuoVerzuimmelding> Registered
    {
        get
        {
            lock (_gate)
            {
                return [.. _registered];
            }
        }
    }

    /// <summary>Meldingen for this persoonsgebonden nummer are refused with a business error.</summary>
    public void RefuseNummer(string nummer)
    {
        lock (_gate)
        {
            _refused.Add(nummer);
        }
    }

    public string MeldingsnummerOf(Guid meldingId)
    {
        lock (_gate)
        {
            return _byNummer.Single(p => p.Value.MeldingId == meldingId).Key;
        }
    }

    /// <summary>The gemeente's side: sets a status the next "aanvraag gewijzigde meldingen" returns.</summary>
    public void SetStatus(string meldingsnummer, DuoStatus status, string? reden = null, string? toelichting = null, DuoContactpersoon? contact = null)
    {
        lock (_gate)
        {
            var melding = _byNummer[meldingsnummer];
            _changes.Add(new DuoStatusChange
            {
                Meldingsnummer = meldingsnummer, MeldingId = melding.MeldingId, Status = status, StatusAt = time.GetUtcNow(),
                Gemeentecode = melding.Gemeentecode, RedenAfgesloten = reden, ToelichtingAfsluiting = toelichting, Contactpersoon = contact,
            });
        }
    }

    public Task<DuoMeldenResult> MeldenAsync(DuoVerzuimmelding melding, CancellationToken cancellationToken)
    {
        Receive(melding);
        lock (_gate)
        {
            if (_refused.Contains(melding.PersoonsgebondenNummer))
            {
                return Task.FromResult(new DuoMeldenResult { Errors = [new DuoBusinessError("leerling.onbekend", "DUO kent deze leerling niet.")] });
            }

            var nummer = $"M{_next++}";
            var at = time.GetUtcNow();
            _registered.Add(melding);
            _byNummer[nummer] = melding;
            _changes.Add(new DuoStatusChange { Meldingsnummer = nummer, MeldingId = melding.MeldingId, Status = DuoStatus.R, StatusAt = at, Gemeentecode = melding.Gemeentecode });
            return Task.FromResult(new DuoMeldenResult { Meldingsnummer = nummer, RegisteredAt = at });
        }
    }

    public Task<DuoMutatieResult> MutatieAsync(DuoMutatie mutatie, CancellationToken cancellationToken)
    {
        Receive(mutatie);
        lock (_gate)
        {
            if (!_byNummer.TryGetValue(mutatie.Meldingsnummer, out var melding))
            {
                return Task.FromResult(new DuoMutatieResult { Errors = [new DuoBusinessError("melding.onbekend", "Geen melding met dit meldingsnummer.")] });
            }

            if (mutatie.Intrekken)
            {
                _changes.Add(new DuoStatusChange { Meldingsnummer = mutatie.Meldingsnummer, MeldingId = melding.MeldingId, Status = DuoStatus.I, StatusAt = time.GetUtcNow() });
            }

            return Task.FromResult(new DuoMutatieResult());
        }
    }

    public Task<DuoMutatieResult> StatusGemeenteAsync(DuoGemeenteStatus status, CancellationToken cancellationToken)
    {
        Receive(status);
        lock (_gate)
        {
            if (!_byNummer.ContainsKey(status.Meldingsnummer))
            {
                return Task.FromResult(new DuoMutatieResult { Errors = [new DuoBusinessError("melding.onbekend", "Geen melding met dit meldingsnummer.")] });
            }
        }

        SetStatus(status.Meldingsnummer, status.Status, status.RedenAfgesloten, status.ToelichtingAfsluiting, status.Contactpersoon);
        return Task.FromResult(new DuoMutatieResult());
    }

    public Task<DuoGewijzigdeMeldingen> AanvraagGewijzigdeMeldingenAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        Receive(since);
        lock (_gate)
        {
            return Task.FromResult(new DuoGewijzigdeMeldingen([.. _changes.Where(c => c.StatusAt >= since).OrderBy(c => c.StatusAt)], time.GetUtcNow()));
        }
    }

    private void Receive(object request)
    {
        if (Down)
        {
            throw new DuoUnavailableException("The in-memory DUO register is down.");
        }

        _calls.Add(request);
    }
}

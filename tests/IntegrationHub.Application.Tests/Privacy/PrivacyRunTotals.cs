namespace IntegrationHub.Application.Tests.Privacy;

/// <summary>What a privacy run produced, counted over all pupils (thread-safe).</summary>
internal sealed class PrivacyRunTotals
{
    private long _pupils, _events, _decisions, _toelichtingen, _meldingenReady, _einddatum, _withdrawn, _referralsRequested,
        _notifications, _updates, _parked, _notifyOff, _toelichtingDelivered, _disclosures;

    public long Pupils => _pupils;
    public long Events => _events;
    public long Decisions => _decisions;
    public long Toelichtingen => _toelichtingen;
    public long MeldingenReady => _meldingenReady;
    public long Einddatum => _einddatum;
    public long Withdrawn => _withdrawn;
    public long ReferralsRequested => _referralsRequested;
    public long Notifications => _notifications;
    public long Updates => _updates;
    public long Parked => _parked;
    public long NotifyOff => _notifyOff;
    public long ToelichtingDelivered => _toelichtingDelivered;
    public long Disclosures => _disclosures;

    public System.Collections.Concurrent.ConcurrentQueue<string> Violations { get; } = new();

    public void Add(PupilRunCounts c)
    {
        ArgumentNullException.ThrowIfNull(c);
        Interlocked.Increment(ref _pupils);
        Interlocked.Add(ref _events, c.Events);
        Interlocked.Add(ref _decisions, c.Decisions);
        Interlocked.Add(ref _toelichtingen, c.Toelichtingen);
        Interlocked.Add(ref _meldingenReady, c.MeldingenReady);
        Interlocked.Add(ref _einddatum, c.Einddatum);
        Interlocked.Add(ref _withdrawn, c.Withdrawn);
        Interlocked.Add(ref _referralsRequested, c.ReferralsRequested);
        Interlocked.Add(ref _notifications, c.Notifications);
        Interlocked.Add(ref _updates, c.Updates);
        Interlocked.Add(ref _parked, c.Parked);
        Interlocked.Add(ref _notifyOff, c.NotifyOff);
        Interlocked.Add(ref _toelichtingDelivered, c.ToelichtingDelivered);
        Interlocked.Add(ref _disclosures, c.Disclosures);
    }

    public override string ToString() =>
        $"pupils {Pupils}, events {Events}, decisions {Decisions}, toelichtingen confirmed {Toelichtingen}; partner-bound: meldingen {MeldingenReady}, " +
        $"einddatum {Einddatum}, withdrawn {Withdrawn}, MAZL referrals requested (JGZ, not routed here) {ReferralsRequested}; to leerplicht/RMC: " +
        $"notifications {Notifications}, updates {Updates} (confirmed toelichting carried {ToelichtingDelivered}), disclosure entries {Disclosures}; " +
        $"parked {Parked}, routed with notifications off {NotifyOff}";
}

/// <summary>One pupil's counts.</summary>
internal sealed class PupilRunCounts
{
    public int Events { get; set; }
    public int Decisions { get; set; }
    public int Toelichtingen { get; set; }
    public int MeldingenReady { get; set; }
    public int Einddatum { get; set; }
    public int Withdrawn { get; set; }
    public int ReferralsRequested { get; set; }
    public int Notifications { get; set; }
    public int Updates { get; set; }
    public int Parked { get; set; }
    public int NotifyOff { get; set; }
    public int ToelichtingDelivered { get; set; }
    public int Disclosures { get; set; }
}

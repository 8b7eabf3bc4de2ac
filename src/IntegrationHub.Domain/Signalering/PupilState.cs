using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Everything the rules know about one pupil: the winning version of each fact inside the look-back horizon, the
/// active signals. Idempotency needs no list of applied event ids: every fact is kept as its winning version (an
/// event applied again is not newer than itself) and appended facts are de-duplicated by EventId. Plain data: round-trips through System.Text.Json with default options.
/// <see cref="SignaleringEngine.Apply"/> updates the instance it is given and returns it (no copy per event, so the
/// cost of an event does not grow with history); keep a serialised copy if you need the state before.
/// </summary>
public sealed class PupilState
{
    private Dictionary<DateOnly, List<RegistrationFact>>? registrationsByDate;
    private Dictionary<DateOnly, DayTotals>? dayCache;
    private object? dayCacheOwner;

    public string Pupil { get; set; } = "";

    public SchoolLocation? School { get; set; }

    /// <summary>Winning version per RegistrationId.</summary>
    public Dictionary<string, RegistrationFact> Registrations
    {
        get;
        set
        {
            field = value;
            registrationsByDate = null;
            dayCache = null;
            _ = Index();
        }
    } = [];

    /// <summary>Enrolments and profile changes, sorted by EffectiveFrom, OccurredAt, EventId.</summary>
    public List<ProfileFact> Profile { get; set; } = [];

    /// <summary>Leave, suspensions and vrijstellingen by "kind:id".</summary>
    public Dictionary<string, PeriodFact> Periods { get; set; } = [];

    public Dictionary<string, SickReportFact> SickReports { get; set; } = [];

    public List<ZorgenvinkjeFact> Zorgenvinkjes { get; set; } = [];

    public List<DeregistrationFact> Deregistrations { get; set; } = [];

    /// <summary>RegistrationId to date of each registration whose winning version is a late arrival (for ladders).</summary>
    public Dictionary<string, DateOnly> LateArrivals { get; set; } = [];

    /// <summary>Active signals (raised, not withdrawn) sorted by SignalId, pruned with the horizon.</summary>
    public List<Signal> Signals { get; set; } = [];

    /// <summary>The earliest date of an attendance, sick, zorgenvinkje or deregistration fact.</summary>
    public DateOnly? MinFactDate { get; set; }

    /// <summary>The latest date of an attendance, sick, zorgenvinkje or deregistration fact.</summary>
    public DateOnly? MaxFactDate { get; set; }

    /// <summary>Facts before this date were pruned; events about them are acknowledged and ignored.</summary>
    public DateOnly? PrunedBefore { get; set; }

    /// <summary>When the last full sweep of applied event ids and small lists ran (see pruning).</summary>
    public DateOnly? SweptBefore { get; set; }

    /// <summary>
    /// The detail boundary (null: nothing folded). Registrations are held in full from this date on; an event about an
    /// earlier date (or a profile change, which reaches every date) cannot be applied exactly and is answered with
    /// <see cref="SignaleringResult.NeedsHistory"/>. Moves forward as the facts do (<see cref="SignaleringContext.DetailDays"/>).
    /// </summary>
    public DateOnly? DetailFrom { get; set; }

    /// <summary>
    /// The days before <see cref="DetailFrom"/> that a rule can still see, as the rules read them (sorted by date):
    /// those inside the longest look-back window, the run of days reaching into the boundary, and the first late
    /// arrivals (and, for MAZL po, the sick days) of the current school year. Dropped when no rule can see them.
    /// </summary>
    public List<FoldedDay> FoldedDays { get; set; } = [];

    /// <summary>The <c>CountLateAsOngeoorloofd</c> setting the folded days were classified with (another one needs history).</summary>
    public bool? FoldedCountLate { get; set; }

    /// <summary>
    /// The ladder's highest step when the folded days were trimmed (0: ladder off); the first late arrivals were kept
    /// for it, so another highest step needs history.
    /// </summary>
    public int? FoldedLadderTop { get; set; }

    /// <summary>The active signals of one rule: ids start with the rule name, so they are one sorted range.</summary>
    internal List<Signal> SignalsOf(string rule)
    {
        var prefix = rule + ":";
        var result = new List<Signal>();
        var low = 0;
        var high = Signals.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(Signals[mid].SignalId, prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var i = low; i < Signals.Count && Signals[i].SignalId.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            result.Add(Signals[i]);
        }

        return result;
    }

    /// <summary>Per-day aggregates, kept between events while the facts of a day and the context stay the same.</summary>
    internal Dictionary<DateOnly, DayTotals> DayCache(object owner)
    {
        if (dayCache is null || !ReferenceEquals(owner, dayCacheOwner))
        {
            dayCache = [];
            dayCacheOwner = owner;
        }

        return dayCache;
    }

    internal void InvalidateDays() => dayCache?.Clear();

    internal void InvalidateDaysBefore(DateOnly date)
    {
        if (dayCache is null)
        {
            return;
        }

        foreach (var day in dayCache.Keys.Where(d => d < date).ToList())
        {
            dayCache.Remove(day);
        }
    }

    internal IReadOnlyList<RegistrationFact> RegistrationsOn(DateOnly date) =>
        Index().TryGetValue(date, out var list) ? list : [];

    internal void PutRegistration(RegistrationFact fact)
    {
        var index = Index();
        dayCache?.Remove(fact.Date);
        if (Registrations.TryGetValue(fact.RegistrationId, out var old) && index.TryGetValue(old.Date, out var oldList))
        {
            dayCache?.Remove(old.Date);
            oldList.RemoveAll(r => r.RegistrationId == fact.RegistrationId);
            if (oldList.Count == 0)
            {
                index.Remove(old.Date);
            }
        }

        Registrations[fact.RegistrationId] = fact;
        if (!index.TryGetValue(fact.Date, out var list))
        {
            list = [];
            index[fact.Date] = list;
        }

        list.Add(fact);
    }

    internal void RemoveRegistration(string registrationId)
    {
        if (Registrations.Remove(registrationId, out var old) && Index().TryGetValue(old.Date, out var list))
        {
            dayCache?.Remove(old.Date);
            list.RemoveAll(r => r.RegistrationId == registrationId);
            if (list.Count == 0)
            {
                registrationsByDate!.Remove(old.Date);
            }
        }
    }

    private Dictionary<DateOnly, List<RegistrationFact>> Index()
    {
        if (registrationsByDate is null)
        {
            registrationsByDate = [];
            foreach (var fact in Registrations.Values)
            {
                if (!registrationsByDate.TryGetValue(fact.Date, out var list))
                {
                    list = [];
                    registrationsByDate[fact.Date] = list;
                }

                list.Add(fact);
            }
        }

        return registrationsByDate;
    }

    /// <summary>
    /// The profile as it stood on <paramref name="date"/>: the woongemeente, school kind and startkwalificatie last reported
    /// with an effective date on or before it (the earliest known when none is yet in effect); birth date and first school
    /// day by their latest version.
    /// </summary>
    public ProfileSnapshot ProfileAt(DateOnly date)
    {
        DateOnly? birth = null;
        (DateTimeOffset At, string Id) birthVersion = (DateTimeOffset.MinValue, "");
        string? woongemeente = null;
        SchoolKind? kind = null;
        bool? startkwalificatie = null;
        DateOnly? firstSchoolDay = null;
        (DateTimeOffset At, string Id) firstSchoolDayVersion = (DateTimeOffset.MinValue, "");
        foreach (var fact in Profile)
        {
            if (fact.FirstSchoolDay is { } f && (fact.OccurredAt, fact.EventId).CompareTo(firstSchoolDayVersion) > 0)
            {
                firstSchoolDay = f;
                firstSchoolDayVersion = (fact.OccurredAt, fact.EventId);
            }

            if (fact.BirthDate is { } b && (fact.OccurredAt, fact.EventId).CompareTo(birthVersion) > 0)
            {
                birth = b;
                birthVersion = (fact.OccurredAt, fact.EventId);
            }

            var applies = fact.EffectiveFrom <= date;
            woongemeente = applies || woongemeente is null ? fact.Woongemeente ?? woongemeente : woongemeente;
            kind = applies || kind is null ? fact.SchoolKind ?? kind : kind;
            startkwalificatie = applies || startkwalificatie is null ? fact.HasStartkwalificatie ?? startkwalificatie : startkwalificatie;
        }

        return new ProfileSnapshot(birth, woongemeente, kind, startkwalificatie ?? false, firstSchoolDay);
    }
}

using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>A read view over one pupil's state for one evaluation: days, regimes and profile per date (cached).</summary>
internal sealed class Timeline(PupilState state, SignaleringContext context)
{
    private readonly Dictionary<DateOnly, DayTotals> days = state.DayCache(context);

    public PupilState State => state;

    public SchoolCalendar Calendar => context.Calendar;

    public RuleSettings Settings => context.Settings;

    /// <summary>The latest known date, clamped to the calendar's range (a wild date from a feed cannot stall a scan).</summary>
    public DateOnly MaxDate => state.MaxFactDate is { } max
        ? (max < SchoolCalendar.LastSupportedDate ? max : SchoolCalendar.LastSupportedDate)
        : DateOnly.MinValue;

    public DateOnly HorizonStart => state.PrunedBefore ?? DateOnly.MinValue;

    public string Pupil => state.Pupil;

    public SchoolLocation School => state.School ?? new SchoolLocation("", "");

    public ProfileSnapshot ProfileAt(DateOnly date) => state.ProfileAt(date);

    public Regime RegimeAt(DateOnly date) =>
        RegimeResolver.Resolve(ProfileAt(date), date, IsCovered(date, PeriodKind.Vrijstelling));

    public bool IsCovered(DateOnly date, PeriodKind kind)
    {
        foreach (var period in state.Periods.Values)
        {
            if (period.Kind == kind && period.Covers(date))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsSickReported(DateOnly date) => SickReportsCovering(date).Count > 0;

    /// <summary>The SickReportIds (ordinal order) of the sick reports covering a date up to the latest known date.</summary>
    public List<string> SickReportsCovering(DateOnly date)
    {
        var ids = new List<string>();
        if (date > MaxDate)
        {
            return ids;
        }

        foreach (var report in state.SickReports.Values)
        {
            if (report.Covers(date))
            {
                ids.Add(report.SickReportId);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    public DayTotals Day(DateOnly date)
    {
        if (days.TryGetValue(date, out var cached))
        {
            return cached;
        }

        var profile = ProfileAt(date);
        var vrijgesteld = IsCovered(date, PeriodKind.Vrijstelling);
        var totals = new DayTotals
        {
            Date = date,
            IsSchoolDay = Calendar.IsSchoolDay(date),
            Regime = RegimeResolver.Resolve(profile, date, vrijgesteld),
            SchoolKind = profile.SchoolKind,
            Woongemeente = profile.Woongemeente,
        };
        if (date <= MaxDate)
        {
            // Later days depend on how far the facts reach (open sick reports), so they are not kept.
            days[date] = totals;
        }
        if (!totals.IsSchoolDay || date < HorizonStart)
        {
            return totals;
        }

        if (state.DetailFrom is { } detailFrom && date < detailFrom)
        {
            // Folded: the day as it was classified when its registrations were folded (nothing kept: an empty day).
            if (FoldedDays.Find(state.FoldedDays, date) is { } folded)
            {
                FoldedDays.CopyTo(folded, totals);
            }

            return totals;
        }

        var sickReports = SickReportsCovering(date);
        var sickCovered = sickReports.Count > 0;
        totals.IsSickDay = sickCovered;
        totals.SickRecordIds.AddRange(sickReports);
        totals.ZiekteRecordIds.AddRange(sickReports);
        var registrations = state.RegistrationsOn(date);
        if (registrations.Count == 0)
        {
            return totals;
        }

        var leave = IsCovered(date, PeriodKind.Leave);
        var excusedByPeriod = leave || vrijgesteld || IsCovered(date, PeriodKind.Suspension);
        foreach (var r in registrations.OrderBy(r => r.RegistrationId, StringComparer.Ordinal))
        {
            if (!r.IsRetracted)
            {
                RegistrationClassifier.Classify(totals, r, excusedByPeriod, sickCovered, Settings.Melding16Uur.CountLateAsOngeoorloofd);
            }
        }

        return totals;
    }
}

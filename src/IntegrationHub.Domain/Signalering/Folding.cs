using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering.Rules;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Moves the detail boundary (<see cref="PupilState.DetailFrom"/>) up to <see cref="SignaleringContext.DetailDays"/>
/// before the latest fact: the registrations of the days it passes are replaced by the day as the rules read it
/// (<see cref="FoldedDay"/>), and folded days no rule can see any more are dropped. Cost proportional to the days
/// folded. A pupil without a known birth date is not folded (the finding that says so reads every attendance date).
/// </summary>
internal static class Folding
{
    public static void Fold(PupilState state, SignaleringContext context, DateTimeOffset now)
    {
        if (context.DetailDays is not { } detailDays || state.MaxFactDate is not { } max
            || !state.Profile.Exists(p => p.BirthDate is not null))
        {
            return;
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var target = (max < today ? max : today).AddDays(1 - Math.Max(1, detailDays));
        if (state.DetailFrom is { } current && target <= current)
        {
            return;
        }

        var timeline = new Timeline(state, context);
        var start = state.DetailFrom ?? state.MinFactDate ?? target;
        start = start < timeline.HorizonStart ? timeline.HorizonStart : start;
        var folded = new List<FoldedDay>();
        for (var date = start; date < target; date = date.AddDays(1))
        {
            if (timeline.Calendar.IsSchoolDay(date) && FoldedDays.Of(timeline.Day(date)) is { } day)
            {
                folded.Add(day);
            }

            foreach (var registration in state.RegistrationsOn(date).ToList())
            {
                state.RemoveRegistration(registration.RegistrationId);
                state.LateArrivals.Remove(registration.RegistrationId);
            }
        }

        // Copies keep the order the JSON has (a removal leaves a gap the next insert fills), so a state that went
        // through JSON and one that did not stay identical.
        state.Registrations = new Dictionary<string, RegistrationFact>(state.Registrations);
        state.LateArrivals = new Dictionary<string, DateOnly>(state.LateArrivals);
        state.FoldedDays.AddRange(folded);
        state.DetailFrom = target;
        state.FoldedCountLate = context.Settings.Melding16Uur.CountLateAsOngeoorloofd;
        state.FoldedLadderTop = LadderTop(context.Settings);
        Trim(state, timeline);
        state.InvalidateDaysBefore(target);
    }

    /// <summary>
    /// Keeps the folded days a rule evaluated from the boundary on can reach: the longest counting window, the run of
    /// matching days reaching into the boundary, the MAZL 12-week window before the sick run at the boundary, the
    /// first late arrivals of the school year (as many as the ladder's highest step, until that step is reached before
    /// the boundary: then the ladder's signals hold the year) and, for MAZL po, the school year's sick days. Days
    /// before the horizon go as well.
    /// </summary>
    private static void Trim(PupilState state, Timeline timeline)
    {
        var boundary = state.DetailFrom!.Value;
        var settings = timeline.Settings;
        var calendar = timeline.Calendar;
        var weeks = Math.Max(settings.Melding16Uur.WindowSchoolWeeks, Math.Max(settings.BeginnendVerzuim.WindowSchoolWeeks, settings.CombinedPattern.WindowSchoolWeeks));
        var keepFrom = Min(calendar.WindowStart(boundary, weeks), RunStart(timeline, boundary, IsRunDay));
        // Sick episodes are read only from sick days: further back than the windows, only those are kept.
        var sickRun = RunStart(timeline, boundary, d => d.IsSickDay);
        var sickFrom = RunStart(timeline, calendar.WindowStart(sickRun, settings.Mazl.SickReportWindowSchoolWeeks), d => d.IsSickDay);
        var year = SchoolYear.StartYearOf(boundary);
        if (settings.Mazl.Enabled && settings.Mazl.EnabledForPo)
        {
            sickFrom = Min(sickFrom, RunStart(timeline, SchoolYear.FirstDay(year), d => d.IsSickDay));
        }

        var steps = LadderTop(settings);
        var lateSeen = 0;
        var ladderSettled = steps > 0 && LatenessLadderRule.SettledYear(state, state.SignalsOf(LatenessLadderRule.RuleName), settings, year) is not null;
        state.FoldedDays.RemoveAll(day =>
        {
            if (day.Date < timeline.HorizonStart)
            {
                return true;
            }

            var firstLate = day.LateCount > 0 && SchoolYear.StartYearOf(day.Date) == year && lateSeen < steps && !ladderSettled;
            if (day.LateCount > 0 && SchoolYear.StartYearOf(day.Date) == year)
            {
                lateSeen += day.LateRecordIds?.Count ?? 0;
            }

            return day.Date < keepFrom && !firstLate && !(day.IsSickDay && day.Date >= sickFrom);
        });
    }

    /// <summary>Whether a day can belong to a run of any run rule (LRV, RMC, luxe verzuim, MAZL consecutive sick days).</summary>
    private static bool IsRunDay(DayTotals day) => day.IsFullDayOngeoorloofd || day.IsLuxeDay || day.IsSickDay;

    /// <summary>The first day of the run of matching school days ending just before <paramref name="date"/> (or the date itself).</summary>
    public static DateOnly RunStart(Timeline timeline, DateOnly date, Func<DayTotals, bool> matches)
    {
        var start = date;
        while (timeline.Calendar.PreviousSchoolDay(start) is { } previous && previous >= timeline.HorizonStart
            && matches(timeline.Day(previous)))
        {
            start = previous;
        }

        return start;
    }

    /// <summary>The ladder's highest step, 0 when the ladder is off.</summary>
    public static int LadderTop(RuleSettings settings) => settings.Ladder.Enabled ? settings.Ladder.Steps.DefaultIfEmpty(0).Max() : 0;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

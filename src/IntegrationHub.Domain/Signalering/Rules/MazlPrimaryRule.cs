using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// MAZL, po variant (only when enabled for po): more than 4 sick reports (sick episodes, however the LVS delivers
/// them: see <see cref="SickEpisodes"/>), or more than 9 sick school days, in one school year. Re-evaluates the
/// school years from the affected date on.
/// </summary>
internal sealed class MazlPrimaryRule : ISignaleringRule
{
    public string Name => "mazl-po";

    public bool IsEnabled(RuleSettings settings) => settings.Mazl.Enabled && settings.Mazl.EnabledForPo;

    public ChangeKinds Reads => ChangeKinds.Attendance | ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var first = SchoolYear.StartYearOf(from < timeline.HorizonStart ? timeline.HorizonStart : from);
        var signals = new List<Signal>();
        if (!MazlRules.IsPo(timeline.ProfileAt(timeline.MaxDate).SchoolKind) && owned.Count == 0)
        {
            return RuleOutcome.Nothing;
        }

        var episodes = SickEpisodes.Of(timeline, day => MazlRules.IsPo(day.SchoolKind), SchoolYear.FirstDay(first));
        for (var year = first; year <= SchoolYear.StartYearOf(timeline.MaxDate); year++)
        {
            Reports(timeline, year, episodes, signals);
            Days(timeline, year, signals);
        }

        return new RuleOutcome(signals, s => SchoolYear.StartYearOf(s.Begindatum) >= first);
    }

    private void Reports(Timeline timeline, int year, List<SickEpisode> episodes, List<Signal> signals)
    {
        var max = timeline.Settings.Mazl.PoMaxSickReportsPerYear;
        var reports = episodes.Where(e => SchoolYear.StartYearOf(e.First) == year).ToList();
        if (reports.Count <= max)
        {
            return;
        }

        var basis = reports.Take(max + 1).ToList();
        signals.Add(MazlRules.Signal(timeline, Name, $"meer-dan-{max}-ziekmeldingen-in-schooljaar", basis[0].First, basis[^1].First, $"meldingen-{year}") with
        {
            VerzuimDagen = basis.Count,
            BasedOnRecordIds = [.. basis.SelectMany(e => e.RecordIds)],
            BasedOnDates = [.. basis.Select(e => e.First)],
        });
    }

    private void Days(Timeline timeline, int year, List<Signal> signals)
    {
        var max = timeline.Settings.Mazl.PoMaxSickDaysPerYear;
        var sickDays = new List<DayTotals>();
        var last = SchoolYear.LastDay(year) < timeline.MaxDate ? SchoolYear.LastDay(year) : timeline.MaxDate;
        for (var date = SchoolYear.FirstDay(year); date <= last && sickDays.Count <= max; date = date.AddDays(1))
        {
            if (timeline.Calendar.IsSchoolDay(date) && timeline.Day(date) is { IsSickDay: true } day && MazlRules.IsPo(day.SchoolKind))
            {
                sickDays.Add(day);
            }
        }

        if (sickDays.Count <= max)
        {
            return;
        }

        signals.Add(MazlRules.Signal(timeline, Name, $"meer-dan-{max}-schooldagen-ziek-in-schooljaar", sickDays[0].Date, sickDays[^1].Date, $"dagen-{year}") with
        {
            VerzuimDagen = sickDays.Count,
            BasedOnRecordIds = [.. sickDays.SelectMany(d => d.SickRecordIds).Distinct()],
            BasedOnDates = [.. sickDays.Select(d => d.Date)],
        });
    }
}

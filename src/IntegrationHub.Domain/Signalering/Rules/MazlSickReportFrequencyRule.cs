using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// MAZL (vo/mbo, NCJ): the 4th sick episode within 12 school weeks (rolling, holiday weeks skipped); counting starts
/// again after the episode that met the criterion. An episode is a sick report's covered days or days with absence
/// registered with reason ziekte, merged when they touch (<see cref="SickEpisodes"/>; domain.md section 6), so an
/// LVS that sends only ziekte registrations is counted like one that sends sick reports, and a sick report plus
/// ziekte registrations on the same days count once. To the school, with the records it rests on (ids and dates only).
/// </summary>
internal sealed class MazlSickReportFrequencyRule : ISignaleringRule
{
    public string Name => "mazl-ziekmeldingen";

    public bool IsEnabled(RuleSettings settings) => settings.Mazl.Enabled;

    public ChangeKinds Reads => ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var mazl = timeline.Settings.Mazl;
        Func<DayTotals, bool> counts = day => day.Regime != Regime.Vrijgesteld && !MazlRules.IsPo(day.SchoolKind);

        // Episodes before the one running into the affected date are unchanged, and so are the criteria they met. The
        // count after the last of those (the anchor: counting starts again after it) needs at most one window back.
        var first = Folding.RunStart(timeline, from < timeline.HorizonStart ? timeline.HorizonStart : from, day => day.IsSickDay && counts(day));
        var anchor = owned.Where(s => s.Einddatum < first).MaxBy(s => s.Einddatum)?.Einddatum;
        var start = timeline.Calendar.WindowStart(first, mazl.SickReportWindowSchoolWeeks);
        if (anchor is { } a && a >= start)
        {
            start = a;
        }

        var episodes = SickEpisodes.Of(timeline, counts, start).Where(e => anchor is null || e.First > anchor);
        var signals = new List<Signal>();
        var window = new Queue<(int Time, SickEpisode Episode)>();
        foreach (var episode in episodes)
        {
            var time = timeline.Calendar.SchoolTimeAtOrAfter(episode.First);
            while (window.Count > 0 && window.Peek().Time <= time - (mazl.SickReportWindowSchoolWeeks * 7))
            {
                window.Dequeue();
            }

            window.Enqueue((time, episode));
            if (window.Count < mazl.SickReportCount)
            {
                continue;
            }

            var basis = window.Select(w => w.Episode).ToList();
            var criterion = $"{mazl.SickReportCount}-ziekmeldingen-in-{mazl.SickReportWindowSchoolWeeks}-schoolweken";
            signals.Add(MazlRules.Signal(timeline, Name, criterion, basis[0].First, episode.First, episode.First) with
            {
                VerzuimDagen = basis.Count,
                BasedOnRecordIds = [.. basis.SelectMany(e => e.RecordIds)],
                BasedOnDates = [.. basis.Select(e => e.First)],
            });
            window.Clear();
        }

        return new RuleOutcome(signals, s => s.Einddatum >= first);
    }
}

using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// MAZL (vo/mbo): the 4th sick report within 12 school weeks (rolling, holiday weeks skipped); counting starts again
/// after the report that met the criterion. To the school, with the sick reports it rests on (ids and dates only).
/// </summary>
internal sealed class MazlSickReportFrequencyRule : ISignaleringRule
{
    public string Name => "mazl-ziekmeldingen";

    public bool IsEnabled(RuleSettings settings) => settings.Mazl.Enabled;

    public ChangeKinds Reads => ChangeKinds.Sickness | ChangeKinds.Periods | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var mazl = timeline.Settings.Mazl;
        var reports = timeline.State.SickReports.Values
            .Where(r => r.From is { } f && f >= timeline.HorizonStart && !MazlRules.IsPo(timeline.ProfileAt(f).SchoolKind))
            .OrderBy(r => r.From).ThenBy(r => r.SickReportId, StringComparer.Ordinal)
            .ToList();
        var signals = new List<Signal>();
        var window = new Queue<(int Time, SickReportFact Report)>();
        foreach (var report in reports)
        {
            var time = timeline.Calendar.SchoolTimeAtOrAfter(report.From!.Value);
            while (window.Count > 0 && window.Peek().Time <= time - (mazl.SickReportWindowSchoolWeeks * 7))
            {
                window.Dequeue();
            }

            window.Enqueue((time, report));
            if (window.Count < mazl.SickReportCount)
            {
                continue;
            }

            var basis = window.Select(w => w.Report).ToList();
            var criterion = $"{mazl.SickReportCount}-ziekmeldingen-in-{mazl.SickReportWindowSchoolWeeks}-schoolweken";
            signals.Add(MazlRules.Signal(timeline, Name, criterion, basis[0].From!.Value, report.From!.Value, report.From!.Value) with
            {
                VerzuimDagen = basis.Count,
                BasedOnRecordIds = [.. basis.Select(r => r.SickReportId)],
                BasedOnDates = [.. basis.Select(r => r.From!.Value)],
            });
            window.Clear();
        }

        return new RuleOutcome(signals, _ => true);
    }
}

using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// Sick, ongeoorloofd and late hours adding up inside the window while no category crosses its own line
/// (see <see cref="CombinedPatternSettings"/>). School only; the only rule besides MAZL that reads sickness.
/// </summary>
internal sealed class CombinedPatternRule : WindowAccumulationRule
{
    public override string Name => "gecombineerd-patroon";

    protected override SignalKind Kind => SignalKind.CombinedPattern;

    public override bool IsEnabled(RuleSettings settings) => settings.CombinedPattern.Enabled;

    protected override int WindowWeeks(RuleSettings settings) => settings.CombinedPattern.WindowSchoolWeeks;

    protected override int MinDaysBetween(RuleSettings settings) => settings.Melding16Uur.MinDaysBetweenMeldingen;

    protected override bool Counts(Regime regime, RuleSettings settings) => regime != Regime.Vrijgesteld;

    protected override bool Contributes(DayTotals day, RuleSettings settings) =>
        day.OngeoorloofdCountable > 0 || day.SickCountable > 0 || day.LateCount > 0;

    protected override IEnumerable<string> RecordIds(DayTotals day) => day.OngeoorloofdRecordIds.Concat(day.SickRecordIds);

    protected override bool IsTriggered(WindowTotals totals, RuleSettings settings)
    {
        var s = settings.CombinedPattern;
        var lateOutsideOngeoorloofd = settings.Melding16Uur.CountLateAsOngeoorloofd ? 0 : totals.LateMinutes;
        var absenceOnly = totals.OngeoorloofdCountable - (settings.Melding16Uur.CountLateAsOngeoorloofd ? totals.LateMinutes : 0);
        var categories = (absenceOnly > 0 ? 1 : 0) + (totals.SickCountable > 0 ? 1 : 0) + (totals.LateCount > 0 ? 1 : 0);
        var sum = totals.OngeoorloofdCountable + totals.SickCountable + lateOutsideOngeoorloofd;
        return categories >= s.MinCategories
            && sum >= s.ThresholdHours * 60m
            && totals.OngeoorloofdHours < s.MaxOngeoorloofdHours
            && totals.SickHours < s.MaxSickHours
            && totals.LateCount < s.MaxLateArrivals;
    }

    protected override Signal Complete(Signal signal, Timeline timeline) => signal with
    {
        Recipient = SignalRecipient.School,
        Criterion = "ziek-ongeoorloofd-te-laat-samen",
    };
}

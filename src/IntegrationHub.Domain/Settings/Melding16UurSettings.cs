namespace IntegrationHub.Domain.Settings;

/// <summary>"16 uur in 4 weken" (domain.md section 4).</summary>
/// <param name="ThresholdHours">Hours ongeoorloofd that make a melding (at least).</param>
/// <param name="WindowSchoolWeeks">The rolling window, in school weeks (holiday weeks skipped).</param>
/// <param name="MinDaysBetweenMeldingen">Continuous absence: at most one melding per this many calendar days.</param>
/// <param name="DueWorkingDays">The melding is due this many working days after the einddatum.</param>
/// <param name="IncludeEighteenPlus">Also report pupils of 18+ (RMC regime); off unless a gemeente agreed to it.</param>
/// <param name="CountLateAsOngeoorloofd">Unexcused lateness counts as ongeoorloofd verzuim (domain.md section 3).</param>
/// <param name="LuxeHours">
/// Hours already reported as luxe verzuim (while the luxe verzuim rule is on) are not reported again: by default a
/// 16-uur melding needs other ongeoorloofde hours that together with the luxe hours reach the threshold;
/// <see cref="LuxeVerzuimHours.Exclude"/> leaves them out of the count (domain.md section 4, one episode, one melding).
/// </param>
public sealed record Melding16UurSettings(
    bool Enabled = true,
    decimal ThresholdHours = 16m,
    int WindowSchoolWeeks = 4,
    int MinDaysBetweenMeldingen = 7,
    int DueWorkingDays = 5,
    bool IncludeEighteenPlus = false,
    bool CountLateAsOngeoorloofd = true,
    LuxeVerzuimHours LuxeHours = LuxeVerzuimHours.CountWithOtherHours);

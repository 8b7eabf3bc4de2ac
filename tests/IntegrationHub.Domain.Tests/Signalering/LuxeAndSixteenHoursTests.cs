using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>
/// domain.md section 4, "one episode, one melding" (Besluit Verzuimmelding: one vermoedelijke soort per melding):
/// hours already reported as luxe verzuim are not reported again as a 16-uur melding; other ongeoorloofde hours
/// that together with them pass 16 do make one (configurable per gemeente).
/// </summary>
public class LuxeAndSixteenHoursTests
{
    private static readonly SignaleringContext Default = Contexts.Midden();

    private static readonly SignaleringContext Exclude =
        Contexts.With(s => s with { Melding16Uur = s.Melding16Uur with { LuxeHours = LuxeVerzuimHours.Exclude } });

    /// <summary>A luxe holiday of two full days (14 lesson hours) on 15 and 16 September 2025.</summary>
    private static Scenario TwoLuxeDays() => new Scenario().Enrolled(D("2012-03-10"))
        .Absent(D("2025-09-15"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
        .Absent(D("2025-09-16"), lessons: 7, reason: AbsenceReason.LuxeVerzuim);

    [Fact]
    public void Should_report_only_luxe_verzuim_when_a_luxe_holiday_alone_passes_16_hours()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-09-15"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
            .Absent(D("2025-09-16"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
            .Absent(D("2025-09-17"), lessons: 7, reason: AbsenceReason.LuxeVerzuim);
        var signals = scenario.Signals(Default);
        Assert.Single(signals, s => s.Kind == SignalKind.LuxeVerzuim);
        Assert.DoesNotContain(signals, s => s.Kind == SignalKind.Melding16Uur);
    }

    [Fact]
    public void Should_make_a_16_uur_melding_when_other_ongeoorloofde_hours_with_the_luxe_hours_pass_16()
    {
        var signals = TwoLuxeDays().Absent(D("2025-09-18"), lessons: 2).Signals(Default);
        Assert.Single(signals, s => s.Kind == SignalKind.LuxeVerzuim);
        var melding = Assert.Single(signals, s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(D("2025-09-15"), melding.Begindatum);
        Assert.Equal(D("2025-09-18"), melding.TriggeredOn);
        Assert.Equal(16m, melding.VerzuimUren);
    }

    [Fact]
    public void Should_leave_luxe_hours_out_of_the_16_uur_count_when_the_gemeente_excludes_them()
    {
        var signals = TwoLuxeDays().Absent(D("2025-09-18"), lessons: 2).Signals(Exclude);
        Assert.Single(signals, s => s.Kind == SignalKind.LuxeVerzuim);
        Assert.DoesNotContain(signals, s => s.Kind == SignalKind.Melding16Uur);
    }

    [Fact]
    public void Should_report_only_the_other_hours_when_the_gemeente_excludes_luxe_hours_and_they_pass_16()
    {
        var scenario = TwoLuxeDays().Absent(D("2025-09-18"), lessons: 2).Absent(D("2025-09-19"), lessons: 14);
        var melding = Assert.Single(scenario.Signals(Exclude), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(D("2025-09-18"), melding.Begindatum);
        Assert.Equal(16m, melding.VerzuimUren);
        Assert.Equal(16, melding.BasedOnRecordIds.Count);
        Assert.DoesNotContain(melding.BasedOnRecordIds, id => id.Contains("20250915", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_resolve_the_luxe_hours_setting_when_a_gemeente_layer_sets_it()
    {
        var settings = RuleSettingsResolver.Resolve(
            [new RuleSettingsLayer { Scope = SettingsScope.Gemeente, Key = "GM0344", Melding16UurLuxeHours = LuxeVerzuimHours.Exclude }],
            "midden",
            "GM0344",
            "12AB00");
        Assert.Equal(LuxeVerzuimHours.Exclude, settings.Melding16Uur.LuxeHours);
        Assert.Equal(LuxeVerzuimHours.CountWithOtherHours, RuleSettings.Default.Melding16Uur.LuxeHours);
    }
}

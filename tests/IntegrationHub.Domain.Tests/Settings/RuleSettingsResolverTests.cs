using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Tests.Settings;

public class RuleSettingsResolverTests
{
    private static readonly RuleSettingsLayer[] Layers =
    [
        new() { Scope = SettingsScope.School, Key = "12AB00", LadderLateSteps = [2, 4, 8] },
        new() { Scope = SettingsScope.Gemeente, Key = "GM0344", MazlEnabled = false, BeginnendVerzuimThresholdHours = 6m },
        new() { Scope = SettingsScope.Region, Key = "Midden", BeginnendVerzuimThresholdHours = 10m, Melding16UurIncludeEighteenPlus = true },
        new() { Scope = SettingsScope.National, RmcSchoolWeeks = 3, BeginnendVerzuimThresholdHours = 12m },
        new() { Scope = SettingsScope.Gemeente, Key = "GM0363", MazlEnabled = true, LadderLateSteps = [5] },
    ];

    [Fact]
    public void Should_apply_national_then_region_then_gemeente_then_school_when_all_match()
    {
        var s = RuleSettingsResolver.Resolve(Layers, "midden", "GM0344", "12AB00");
        Assert.Equal(3, s.Rmc.SchoolWeeks);
        Assert.True(s.Melding16Uur.IncludeEighteenPlus);
        Assert.Equal(6m, s.BeginnendVerzuim.ThresholdHours);
        Assert.False(s.Mazl.Enabled);
        Assert.Equal([2, 4, 8], s.Ladder.Steps);
    }

    [Theory]
    [InlineData("noord", "GM0344", 6, false)]
    [InlineData("midden", "GM0363", 10, true)]
    [InlineData("zuid", "GM9999", 12, true)]
    public void Should_use_only_matching_layers_when_resolving(string region, string gemeente, int expectedThreshold, bool expectedMazl)
    {
        var s = RuleSettingsResolver.Resolve(Layers, region, gemeente, "99ZZ00");
        Assert.Equal(expectedThreshold, s.BeginnendVerzuim.ThresholdHours);
        Assert.Equal(expectedMazl, s.Mazl.Enabled);
        Assert.Equal(gemeente == "GM0363" ? [5] : [3, 6, 9, 12], s.Ladder.Steps);
    }

    [Fact]
    public void Should_return_the_national_defaults_when_there_are_no_layers()
    {
        var s = RuleSettingsResolver.Resolve([], "midden", "GM0344", "12AB00");
        Assert.Equal(RuleSettings.Default, s);
        Assert.Equal(16m, s.Melding16Uur.ThresholdHours);
        Assert.Equal(7, s.Melding16Uur.MinDaysBetweenMeldingen);
        Assert.False(s.Melding16Uur.IncludeEighteenPlus);
        Assert.Equal(4, s.Rmc.SchoolWeeks);
    }
}

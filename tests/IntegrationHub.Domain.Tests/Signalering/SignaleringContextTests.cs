using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class SignaleringContextTests
{
    [Fact]
    public void Should_build_calendar_and_settings_when_given_region_override_and_layers()
    {
        var context = SignaleringContext.Create(
            SchoolRegion.Noord,
            [new SchoolCalendarOverride("12AB", "00", "2025-2026", "zuid", null, [D("2025-11-24")])],
            [
                new RuleSettingsLayer { Scope = SettingsScope.Region, Key = "zuid", MazlEnabled = false },
                new RuleSettingsLayer { Scope = SettingsScope.School, Key = "12AB00", LadderLateSteps = [4] },
            ],
            gemeente: "GM0796",
            school: "12AB00");

        Assert.Equal(SchoolRegion.Zuid, context.Calendar.Region);
        Assert.False(context.Calendar.IsSchoolDay(D("2025-10-13")));
        Assert.False(context.Calendar.IsSchoolDay(D("2025-11-24")));
        Assert.False(context.Settings.Mazl.Enabled);
        Assert.Equal([4], context.Settings.Ladder.Steps);
    }
}

using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Tests.Support;

/// <summary>Contexts for a school in regio Midden (2025-2026: herfst 18-26 Oct, kerst 20 Dec-4 Jan).</summary>
internal static class Contexts
{
    /// <summary>Folds as production is meant to (a week of registrations in full), so every test also covers folding.</summary>
    public static SignaleringContext Midden(RuleSettings? settings = null) =>
        new(SchoolCalendar.Create(SchoolRegion.Midden), settings ?? RuleSettings.Default) { DetailDays = SignaleringContext.RecommendedDetailDays };

    /// <summary>The engine as it was before folding: every registration kept up to the horizon.</summary>
    public static SignaleringContext Unfolded(RuleSettings? settings = null) => Midden(settings) with { DetailDays = null };

    public static SignaleringContext With(Func<RuleSettings, RuleSettings> change) => Midden(change(RuleSettings.Default));

    /// <summary>Only the named rule kinds switched on (keeps a test about one rule free of the others' signals).</summary>
    public static RuleSettings Only16Uur(RuleSettings? s = null) => (s ?? RuleSettings.Default) with
    {
        LangdurigVerzuim = new(Enabled: false),
        LuxeVerzuim = new(Enabled: false),
        Mazl = new(Enabled: false),
        Ladder = new(Enabled: false),
        BeginnendVerzuim = new(Enabled: false),
        CombinedPattern = new(Enabled: false),
    };
}

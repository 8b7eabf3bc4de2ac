namespace IntegrationHub.Domain.Settings;

/// <summary>The resolved settings of every rule for one school (national defaults unless overridden).</summary>
public sealed record RuleSettings
{
    public static RuleSettings Default { get; } = new();

    public Melding16UurSettings Melding16Uur { get; init; } = new();

    public LangdurigVerzuimSettings LangdurigVerzuim { get; init; } = new();

    public LuxeVerzuimSettings LuxeVerzuim { get; init; } = new();

    public RmcSettings Rmc { get; init; } = new();

    public AbsoluutVerzuimSettings AbsoluutVerzuim { get; init; } = new();

    public MazlSettings Mazl { get; init; } = new();

    public LadderSettings Ladder { get; init; } = new();

    public BeginnendVerzuimSettings BeginnendVerzuim { get; init; } = new();

    public CombinedPatternSettings CombinedPattern { get; init; } = new();

    /// <summary>When findings settle into meldingen (not a rule: the settle rule).</summary>
    public MeldingSettings Meldingen { get; init; } = new();
}

using System.ComponentModel.DataAnnotations;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Infrastructure.Signalering;

/// <summary>
/// Section "Signalering". <see cref="Settings"/> are the rule settings layers (national, region, gemeente,
/// school: see RuleSettingsLayer); an empty list means the national defaults of domain.md.
/// </summary>
public sealed class SignaleringOptions
{
    public const string SectionName = "Signalering";

    /// <summary>The holiday region of a school that is not in the school registry and published no calendar.</summary>
    [Required]
    [RegularExpression("^(noord|midden|zuid)$")]
    public string DefaultRegion { get; set; } = "midden";

    /// <summary>How long a school's rule context (calendar + settings) is reused before it is read again.</summary>
    [Range(0, 3600)]
    public int ContextCacheSeconds { get; set; } = 60;

    public List<RuleSettingsLayer> Settings { get; set; } = [];

    /// <summary>The time zone school days are counted in (settling, deadlines, the digest hour).</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>
    /// Days of registrations the rule state keeps in full; older days are folded into what the rules still read, and an
    /// event reaching behind them is answered from the ledger. 0 keeps every fact (no folding).
    /// </summary>
    [Range(0, 400)]
    public int DetailDays { get; set; } = 7;

    /// <summary>How often the scheduled worker looks for due meldingen and digests.</summary>
    [Range(1, 3600)]
    public int DuePollSeconds { get; set; } = 5;
}

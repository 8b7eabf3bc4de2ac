using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>The key that protects the pupil pseudonym in the disclosure log (configuration section "Disclosures").</summary>
public sealed class DisclosureOptions
{
    public const string SectionName = "Disclosures";

    /// <summary>
    /// At least 32 characters; the encryption and lookup keys are derived from it. Losing it makes the log unreadable per
    /// pupil: keep it in the secret store with the pseudonymisation key.
    /// </summary>
    [Required]
    [MinLength(32)]
    public string Key { get; set; } = string.Empty;
}

using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Application.Intake.Pseudonymisation;

/// <summary>The secret behind the pupil pseudonyms (configuration section "Pseudonymisation").</summary>
public sealed class PseudonymisationOptions
{
    public const string SectionName = "Pseudonymisation";

    /// <summary>
    /// The HMAC key, at least 32 characters. Changing it changes every pseudonym: treat it like a database
    /// key (secret store in production; never the local development default).
    /// </summary>
    [Required]
    [MinLength(32)]
    public string Key { get; set; } = string.Empty;

    /// <summary>
    /// Only while rotating the key (<c>hub pseudonym rotate</c>): the key the stored pseudonyms were made with. The
    /// rotation moves every pupil from the pseudonym under this key to the one under <see cref="Key"/>; then remove it.
    /// </summary>
    [MinLength(32)]
    public string? PreviousKey { get; set; }
}

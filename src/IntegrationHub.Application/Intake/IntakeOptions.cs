using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Application.Intake;

/// <summary>Settings of the intake's meaning checks (configuration section "Intake").</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>How far in the future a registration or envelope time may lie before it is rejected.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The time zone school-local dates and times are in.</summary>
    [Required]
    public string SchoolTimeZone { get; set; } = "Europe/Amsterdam";
}

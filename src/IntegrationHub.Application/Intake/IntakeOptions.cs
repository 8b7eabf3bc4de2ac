using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Application.Intake;

/// <summary>Settings of the intake's meaning checks (configuration section "Intake").</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>How far in the future a registration or envelope time may lie before it is rejected.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The largest message body the intake reads, in bytes, on every channel (an AMQP delivery, one item of an HTTP
    /// batch). A larger body is rejected with message.too-large without being parsed.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How much of a rejected body is kept, in bytes (with its full length and SHA-256): enough for an operator to see
    /// what came in, never the whole of a large or hostile body.
    /// </summary>
    [Range(0, 64 * 1024)]
    public int RejectedBodyKeepBytes { get; set; } = 4096;

    /// <summary>The time zone school-local dates and times are in.</summary>
    [Required]
    public string SchoolTimeZone { get; set; } = "Europe/Amsterdam";
}

using System.ComponentModel.DataAnnotations;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Console.Jgz;

/// <summary>
/// The advice form: participation, load capacity, the return plan (full return date, or hours per week to start from),
/// adjustments and a follow-up date. Structured only: there is no field for a diagnosis, and no free text.
/// </summary>
public sealed class AdviesInvoer
{
    [Required(ErrorMessage = "Kies de deelname.")]
    public AdviceParticipation? Participation { get; set; }

    [Required(ErrorMessage = "Kies de belastbaarheid.")]
    public AdviceLoadCapacity? LoadCapacity { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? ExpectedFullReturnOn { get; set; }

    [Range(0, 40, ErrorMessage = "Het aantal uren per week ligt tussen 0 en 40.")]
    public int? StartHoursPerWeek { get; set; }

    public List<AdviceAdjustment> Adjustments { get; set; } = [];

    [DataType(DataType.Date)]
    public DateOnly? FollowUpOn { get; set; }

    public JgzAdviceGiven ToMessage(Guid referralId, DateTimeOffset now, string? traceParent) => new()
    {
        MessageId = Guid.CreateVersion7(),
        ReferralId = referralId,
        Participation = Participation!.Value,
        LoadCapacity = LoadCapacity!.Value,
        ExpectedFullReturnOn = ExpectedFullReturnOn,
        StartHoursPerWeek = StartHoursPerWeek,
        Adjustments = Adjustments.Distinct().ToList(),
        FollowUpOn = FollowUpOn,
        GivenAt = now,
        TraceParent = traceParent,
    };
}

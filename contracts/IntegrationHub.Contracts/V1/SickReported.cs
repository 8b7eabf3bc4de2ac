namespace IntegrationHub.Contracts.V1;

/// <summary>
/// A sick report (ziekmelding). Records <em>that</em> the pupil is ill, never what they have: there is
/// deliberately no field for a diagnosis or a sick reason (AVG art. 9).
/// </summary>
public sealed record SickReported
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string SickReportId { get; init; }

    /// <summary>First day of the sickness.</summary>
    public required DateOnly From { get; init; }

    public required SickReportedBy ReportedBy { get; init; }
}

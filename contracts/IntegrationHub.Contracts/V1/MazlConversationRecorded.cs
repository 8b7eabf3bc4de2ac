namespace IntegrationHub.Contracts.V1;

/// <summary>
/// The school recorded its conversation with the pupil and the parents about a MAZL finding (domain.md section 6).
/// Only after it may a referral reach JGZ, and then only on the region's configured basis (recorded consent by default).
/// Carries no content of the conversation: what was said stays at the school.
/// </summary>
public sealed record MazlConversationRecorded
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    /// <summary>The MAZL finding the conversation was about (<see cref="FindingRaised.FindingId"/>).</summary>
    public required string FindingId { get; init; }

    public required DateOnly HeldOn { get; init; }

    public required bool WithPupil { get; init; }

    public required bool WithParents { get; init; }

    /// <summary>True when school, pupil and parents agreed to ask the jeugdarts for a MAZL consult.</summary>
    public required bool ReferToJgz { get; init; }
}

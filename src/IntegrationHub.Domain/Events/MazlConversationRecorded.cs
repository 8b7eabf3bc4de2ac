namespace IntegrationHub.Domain.Events;

/// <summary>
/// The school recorded its conversation with pupil and parents about a MAZL finding. Ignored by the rules; it lets a
/// referral to JGZ follow (routing decides on which basis).
/// </summary>
public sealed record MazlConversationRecorded : PupilEvent
{
    public required string FindingId { get; init; }

    public required DateOnly HeldOn { get; init; }

    public required bool WithPupil { get; init; }

    public required bool WithParents { get; init; }

    public required bool ReferToJgz { get; init; }
}

using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Records;

/// <summary>
/// The rule that a school decides only about its own meldingen: a decision or confirmed text (<see cref="IMeldingFact"/>) is accepted only when
/// the melding exists and belongs to the sender's school location (BRIN + vestiging). An unknown melding and another
/// location's melding get the same answer (<see cref="RejectionCodes.MeldingUnknown"/>), so the answer never reveals that
/// a melding exists elsewhere. Pure, so the PostgreSQL store and the replay's in-memory store apply the same rule.
/// </summary>
public static class MeldingOwnership
{
    /// <param name="submission">The accepted message carrying <paramref name="decision"/>.</param>
    /// <param name="decision">The decision the message carries.</param>
    /// <param name="owner">The school location the melding belongs to, or null when the hub has no such melding.</param>
    /// <returns>Null when the melding is the sender's own; otherwise the rejection to record instead of the fact.</returns>
    public static RejectedSubmission? Check(AcceptedSubmission submission, IMeldingFact decision, SchoolLocation? owner)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(decision);
        if (owner == decision.School)
        {
            return null;
        }

        return RejectedSubmission.Instead(submission, Rejections.UnknownMelding());
    }
}

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// What one new status from DUO's register does: whether it becomes the melding's current status (duo_meldingen), and
/// what the school hears (null: nothing). <see cref="Gemeente"/> is the gemeente's CBS code, when DUO gave a valid one.
/// </summary>
public sealed record StatusChangeDecision(bool UpdatesMelding, StatusFeedback? Feedback, string? Gemeente);

using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// The outcome of one <see cref="PupilEvaluation"/>: the pupil's rule state and melding book after it, what the rules
/// decided (null when no rules ran), what the melding decisions did, and the messages to write.
/// </summary>
public sealed record PupilEvaluationResult(
    PupilState? State,
    MeldingBook Book,
    SignaleringResult? Rules,
    MeldingOutcome Meldingen,
    HubMessages Messages)
{
    public DateTimeOffset? NextDueAt => Meldingen.NextDueAt;

    /// <summary>The folded rule state could not answer the event: nothing changed; evaluate again with the ledger's history.</summary>
    public bool NeedsHistory => Rules?.NeedsHistory == true;
}

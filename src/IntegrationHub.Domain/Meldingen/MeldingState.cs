namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// Where a verzuimmelding stands in the hub. The DUO statuses that follow (geregistreerd, in behandeling, ...) are a
/// separate history. "Verzonden" is not a state the rules decide: the outbox relay records it once the broker has
/// confirmed the melding (see <see cref="Verzuimmelding.SentAt"/>).
/// </summary>
public enum MeldingState
{
    /// <summary>The finding is still open: the melding may change or disappear quietly.</summary>
    Concept,

    /// <summary>Settled; the school requires approval and has not given it yet. Never sent unapproved.</summary>
    AkkoordGevraagd,

    /// <summary>Made: the melding and its outbox row are written.</summary>
    Gereed,

    /// <summary>Withdrawn at the school's request (or declined before it was sent).</summary>
    Ingetrokken,

    /// <summary>A concept (or an unapproved melding) whose finding disappeared before it was sent.</summary>
    Vervallen,
}

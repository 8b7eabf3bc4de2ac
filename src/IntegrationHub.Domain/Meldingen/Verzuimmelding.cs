using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// A verzuimmelding: the school head's formal act, made from a partner-bound finding once it has settled. Its id is
/// derived from the school and the finding, so the same facts give the same melding in any order of arrival. While
/// <see cref="MeldingState.Concept"/> it follows the finding; once made its content is fixed, and only its einddatum
/// (once known) and vervolgmeldingen (new meldingen, linked by <see cref="FollowsMeldingId"/>) follow it. Plain data:
/// round-trips through System.Text.Json.
/// </summary>
public sealed class Verzuimmelding
{
    public Guid MeldingId { get; set; }

    /// <summary>The finding (signal id) it was made from.</summary>
    public string FindingId { get; set; } = "";

    public SignalKind Kind { get; set; }

    public SignalRecipient Recipient { get; set; }

    public VermoedelijkeSoortVerzuim? Soort { get; set; }

    public string Pupil { get; set; } = "";

    public SchoolLocation School { get; set; } = new("", "");

    public Regime Regime { get; set; }

    public string? Woongemeente { get; set; }

    public DateOnly Begindatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public decimal VerzuimUren { get; set; }

    public int VerzuimMinuten { get; set; }

    public int VerzuimDagen { get; set; }

    /// <summary>The school's own registration (and other record) ids behind it: a later correction is traced by them.</summary>
    public List<string> RegistrationIds { get; set; } = [];

    /// <summary>The day that triggered the finding (16 uur: the day of the 16th hour).</summary>
    public DateOnly TriggeredOn { get; set; }

    /// <summary>The legal deadline (domain.md section 4), null for soorten without one.</summary>
    public DateOnly? Deadline { get; set; }

    public bool IsVervolgmelding { get; set; }

    /// <summary>The melding this one follows up (vervolgmelding), once made.</summary>
    public Guid? FollowsMeldingId { get; set; }

    public MeldingState State { get; set; }

    public DateTimeOffset ConceptSince { get; set; }

    /// <summary>When the finding's content last changed (the settle rule waits for it to be stable).</summary>
    public DateTimeOffset ContentChangedAt { get; set; }

    /// <summary>When the concept settles (recomputed on every change).</summary>
    public DateTimeOffset? SettlesAt { get; set; }

    public DateTimeOffset? MadeAt { get; set; }

    public DateTimeOffset? ApprovalRequestedAt { get; set; }

    public DateTimeOffset? ReminderSentAt { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The melder and school fields, fixed when the melding is made (always complete then).</summary>
    public Melder? Melder { get; set; }

    /// <summary>An einddatum the finding now has, waiting to be stable before it follows the sent melding.</summary>
    public DateOnly? PendingEinddatum { get; set; }

    public DateTimeOffset? PendingEinddatumSince { get; set; }

    /// <summary>Set once the einddatum followed the melding (it is sent once).</summary>
    public DateTimeOffset? EinddatumSentAt { get; set; }

    /// <summary>A correction took away the grounds: the school has been asked to withdraw or keep it.</summary>
    public DateTimeOffset? DecisionRequestedAt { get; set; }

    public string? DecisionReason { get; set; }

    public DateTimeOffset? KeptAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedReason { get; set; }

    /// <summary>
    /// The W3C traceparent of the school message that last changed this melding (or approved it), so the partner message
    /// made from it carries the school's trace; null when none carried one.
    /// </summary>
    public string? CausedByTraceParent { get; set; }

    /// <summary>That school message, as "&lt;type&gt; &lt;message id&gt;" (the caller's operation in the disclosure log).</summary>
    public string? CausedByOperation { get; set; }

    /// <summary>When the relay confirmed the melding to the broker ("verzonden"); written by the relay only.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Made and handed to the outbox (sent or about to be): its content is fixed.</summary>
    public bool IsMade => State is MeldingState.Gereed;

    /// <summary>Not closed: concept, waiting for approval, or made.</summary>
    public bool IsOpen => State is MeldingState.Concept or MeldingState.AkkoordGevraagd or MeldingState.Gereed;

    public bool Overlaps(DateOnly begin, DateOnly? end) =>
        begin <= (Einddatum ?? PendingEinddatum ?? DateOnly.MaxValue) && Begindatum <= (end ?? DateOnly.MaxValue);
}

using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>What an accepted message adds to the hub's state.</summary>
public abstract record IntakeFact;

/// <summary>A pseudonymised pupil event for the ledger, plus the identity row behind its pseudonym.</summary>
public sealed record PupilFact(PupilEvent Event, PupilIdentity Identity) : IntakeFact;

/// <summary>A school's own calendar for one school year; the latest by <see cref="OccurredAt"/> wins.</summary>
public sealed record CalendarFact(SchoolCalendarOverride Calendar, DateTimeOffset OccurredAt) : IntakeFact;

/// <summary>
/// A school's decision about one of its meldingen (<c>DecideVerzuimmelding</c>). It names a melding, not a pupil: the
/// store looks the melding up and rejects the decision unless it belongs to <see cref="School"/>. No ledger row.
/// </summary>
/// <param name="MessageId">The school's message id.</param>
/// <param name="MeldingId">The melding decided about.</param>
/// <param name="Decision">"akkoord", "intrekken" or "handhaven".</param>
/// <param name="School">The sender's school location (envelope).</param>
public sealed record MeldingDecisionFact(
    Guid MessageId,
    Guid MeldingId,
    string Decision,
    SchoolLocation School,
    string? Reason,
    string? MelderNaam,
    string? MelderFunctie,
    string? MelderTelefoon,
    string? MelderEmail,
    string? DoorSchoolOndernomenActie,
    bool? ActieGemeenteGewenst,
    string? ActieGemeenteToelichting) : IntakeFact, IMeldingFact;

/// <summary>
/// Free text a person at the school confirmed for one of its meldingen (<c>VerzuimmeldingToelichtingConfirmed</c>): the
/// only free text a leerplicht or RMC notification may carry. Like a decision it names a melding, so the store rejects it
/// unless the melding belongs to <see cref="School"/>. No ledger row.
/// </summary>
public sealed record MeldingToelichtingFact(Guid MessageId, Guid MeldingId, SchoolLocation School, string Toelichting, string ConfirmedBy)
    : IntakeFact, IMeldingFact;

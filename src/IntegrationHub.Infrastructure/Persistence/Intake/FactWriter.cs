using System.Text.Json;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>
/// Writes what an accepted message adds: a pupil event to the ledger (+ its identity and school-pupil rows, and for consent
/// its consents row) and its PupilEventRecorded for signalering (one PupilEventsRecorded per transaction, see
/// <see cref="IntakeTransaction.RecordPupilEvent"/>), a school calendar and a SchoolCalendarChanged, or a school's decision about a melding as a VerzuimmeldingDecided.
/// </summary>
internal static class FactWriter
{
    public static void Write(IntakeTransaction db, AcceptedSubmission submission)
    {
        switch (submission.Fact)
        {
            case PupilFact pupil:
                db.PupilWrites.Identity(
                    pupil.Identity.Pseudonym, pupil.Identity.NummerSoort == NummerSoort.Bsn ? "bsn" : "onderwijsnummer",
                    pupil.Identity.PersoonsgebondenNummer, submission.ReceivedAt);
                db.PupilWrites.SchoolPupil(
                    pupil.Identity.Pseudonym, pupil.Event.School.Brin, pupil.Event.School.Vestiging, pupil.Identity.LvsPupilKey,
                    submission.ReceivedAt);
                var eventType = PupilEventTypes.NameOf(pupil.Event);
                var payload = JsonSerializer.Serialize(pupil.Event, pupil.Event.GetType(), HubJson.Options);
                var sequence = db.NextLedgerSequence();
                db.AppendLedger(new LedgerAppend(
                    sequence, submission.MessageId, pupil.Event.Pupil, pupil.Event.School.Brin, pupil.Event.School.Vestiging,
                    eventType, pupil.Event.OccurredAt.ToUniversalTime(), submission.ReceivedAt.ToUniversalTime(), payload));
                if (pupil.Event is ConsentRecorded consent)
                {
                    WriteConsent(db, consent, submission);
                }

                db.RecordPupilEvent(new PupilEventRecorded(pupil.Event.Pupil, sequence, submission.MessageId, eventType)
                {
                    RecordedAt = AsStored(submission.ReceivedAt),
                    Payload = payload,
                    TraceParent = submission.TraceParent,
                });
                break;
            case CalendarFact calendar:
                var c = calendar.Calendar;
                db.Enqueue(IntakeSql.UpsertCalendar, new
                {
                    c.Brin,
                    c.Vestiging,
                    c.SchoolYear,
                    c.Region,
                    Holidays = c.Holidays is null ? null : JsonSerializer.Serialize(c.Holidays, HubJson.Options),
                    DaysOff = JsonSerializer.Serialize(c.DaysOff, HubJson.Options),
                    submission.MessageId,
                    OccurredAt = calendar.OccurredAt.ToUniversalTime(),
                    RecordedAt = submission.ReceivedAt,
                });
                db.EnqueueOutbox(null, new SchoolCalendarChanged(c.Brin, c.Vestiging, c.SchoolYear), typeof(SchoolCalendarChanged));
                break;
            case MeldingToelichtingFact text:
                db.Enqueue(IntakeSql.UpsertToelichting, new
                {
                    text.MeldingId,
                    text.School.Brin,
                    text.School.Vestiging,
                    text.Toelichting,
                    text.ConfirmedBy,
                    text.MessageId,
                    ConfirmedAt = submission.ReceivedAt,
                });
                break;
            case MeldingDecisionFact:
                throw new ArgumentException("A decision about a melding is written with WriteDecision, after its melding is looked up.", nameof(submission));
            default:
                throw new ArgumentException($"Unknown intake fact {submission.Fact.GetType().Name}.", nameof(submission));
        }
    }

    /// <summary>
    /// A school's decision about its own melding (the store checked it is the sender's): a VerzuimmeldingDecided for the
    /// melding consumer. No ledger row: it is not a pupil event.
    /// </summary>
    public static void WriteDecision(IntakeTransaction db, MeldingDecisionFact decision, string pupil, string? traceParent) =>
        db.EnqueueOutbox(null, new VerzuimmeldingDecided
        {
            MessageId = decision.MessageId,
            MeldingId = decision.MeldingId,
            Pupil = pupil,
            Brin = decision.School.Brin,
            Vestiging = decision.School.Vestiging,
            Decision = decision.Decision,
            Reason = decision.Reason,
            MelderNaam = decision.MelderNaam,
            MelderFunctie = decision.MelderFunctie,
            MelderTelefoon = decision.MelderTelefoon,
            MelderEmail = decision.MelderEmail,
            DoorSchoolOndernomenActie = decision.DoorSchoolOndernomenActie,
            ActieGemeenteGewenst = decision.ActieGemeenteGewenst,
            ActieGemeenteToelichting = decision.ActieGemeenteToelichting,
            TraceParent = traceParent,
        }, typeof(VerzuimmeldingDecided));

    /// <summary>The consent registry's row for a ConsentGiven (scope set) or ConsentWithdrawn, next to the ledger row.</summary>
    private static void WriteConsent(IntakeTransaction db, ConsentRecorded consent, AcceptedSubmission submission)
    {
        if (consent.WithdrawnOn is { } withdrawnOn)
        {
            db.Enqueue(IntakeSql.RecordConsentWithdrawn, new
            {
                consent.School.Brin,
                consent.School.Vestiging,
                consent.ConsentId,
                consent.Pupil,
                WithdrawnOn = withdrawnOn,
                submission.MessageId,
                RecordedAt = submission.ReceivedAt,
            });
            return;
        }

        db.Enqueue(IntakeSql.RecordConsentGiven, new
        {
            consent.School.Brin,
            consent.School.Vestiging,
            consent.ConsentId,
            consent.Pupil,
            consent.Scope,
            consent.GivenBy,
            consent.ValidFrom,
            consent.ValidUntil,
            RecordedAt = submission.ReceivedAt,
            OccurredAt = consent.OccurredAt.ToUniversalTime(),
            submission.MessageId,
        });
    }

    /// <summary>The time as PostgreSQL keeps it (microseconds, UTC), so the carried event equals the ledger row.</summary>
    private static DateTimeOffset AsStored(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
}

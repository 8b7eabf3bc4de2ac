using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using V1 = IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>
/// Maps a validated V1 contract to what the hub stores: a pseudonymised <see cref="PupilEvent"/> (EventId =
/// the message id), a <see cref="SchoolCalendarOverride"/> or a school's decision about a melding. The persoonsgebonden nummer and the LVS pupil
/// key do not cross this line; only <see cref="PupilIdentity"/> carries them, to their own tables.
/// </summary>
public sealed class ContractMapper(PupilPseudonymiser pseudonymiser)
{
    public IntakeFact Map(object contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (contract is V1.SchoolCalendarPublished calendar)
        {
            return new CalendarFact(MapCalendar(calendar), calendar.Envelope.OccurredAt);
        }

        if (contract is V1.DecideVerzuimmelding decision)
        {
            return MapDecision(decision);
        }

        if (contract is V1.VerzuimmeldingToelichtingConfirmed confirmed)
        {
            return new MeldingToelichtingFact(confirmed.Envelope.MessageId, confirmed.MeldingId,
                new SchoolLocation(confirmed.Envelope.School.Brin, confirmed.Envelope.School.Vestiging), confirmed.Toelichting, confirmed.ConfirmedBy);
        }

        var envelope = Reading.InboundContracts.EnvelopeOf(contract)
            ?? throw new ArgumentException($"{contract.GetType().Name} is not an inbound contract.", nameof(contract));
        var pupil = Reading.InboundContracts.PupilOf(contract)!;
        var identity = new PupilIdentity(
            pseudonymiser.Pseudonymise(pupil.NummerSoort, pupil.PersoonsgebondenNummer), pupil.NummerSoort, pupil.PersoonsgebondenNummer,
            pupil.LvsPupilKey);
        var on = new Common(identity.Pseudonym, envelope.MessageId.ToString("D"),
            new SchoolLocation(envelope.School.Brin, envelope.School.Vestiging), envelope.OccurredAt);
        return new PupilFact(PupilEvents.From(contract, on), identity);
    }

    private static SchoolCalendarOverride MapCalendar(V1.SchoolCalendarPublished calendar) => new(
        calendar.Envelope.School.Brin,
        calendar.Envelope.School.Vestiging,
        calendar.SchoolYear,
        WireCode.Of(calendar.Region),
        calendar.Holidays?.Select(h => new Holiday(h.Name, h.From, h.To)).ToArray(),
        calendar.DaysOff.ToArray());

    private static MeldingDecisionFact MapDecision(V1.DecideVerzuimmelding m) => new(
        m.Envelope.MessageId,
        m.MeldingId,
        WireCode.Of(m.Decision),
        new SchoolLocation(m.Envelope.School.Brin, m.Envelope.School.Vestiging),
        m.Reason,
        m.Melder?.Naam,
        m.Melder?.Functie,
        m.Melder?.Telefoon,
        m.Melder?.Email,
        m.DoorSchoolOndernomenActie,
        m.ActieGemeenteGewenst,
        m.ActieGemeenteToelichting);

    /// <summary>The members every pupil event shares.</summary>
    internal sealed record Common(string Pupil, string EventId, SchoolLocation School, DateTimeOffset OccurredAt);
}

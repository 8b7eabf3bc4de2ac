using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Routing;

/// <summary>
/// Each recipient's projection (domain.md section 8), pure. The partner types have no field for health data, sick
/// reasons or free text; the one free text a leerplicht or RMC notice carries is the text a person at the school
/// confirmed for that melding. The persoonsgebonden nummer goes only on the legal-obligation routes; JGZ gets the hub
/// pseudonym.
/// </summary>
public static class PartnerProjections
{
    public static PartnerRef Ref(PartnerOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new PartnerRef { OrganisationId = organisation.OrganisationId, Kind = MeldingRouting.Kind(organisation.Kind) };
    }

    public static VerzuimmeldingNotification Notification(
        VerzuimmeldingReady melding, string woongemeente, PupilNummer nummer, PartnerOrganisation organisation, string? confirmedToelichting)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(nummer);
        return new VerzuimmeldingNotification
        {
            MeldingId = melding.MeldingId,
            FollowsMeldingId = melding.FollowsMeldingId,
            Recipient = Ref(organisation),
            PersoonsgebondenNummer = nummer.Nummer,
            NummerSoort = nummer.Soort,
            School = new SchoolRef { Brin = melding.Brin, Vestiging = melding.Vestiging },
            Woongemeente = woongemeente,
            SoortVerzuim = melding.SoortVerzuim,
            Begindatum = melding.Begindatum,
            Einddatum = melding.Einddatum,
            VerzuimUren = melding.VerzuimUren,
            VerzuimDagen = melding.VerzuimDagen,
            IsVervolgmelding = melding.IsVervolgmelding,
            Deadline = melding.Deadline,
            Melder = new MelderRef { Naam = melding.MelderNaam, Functie = melding.MelderFunctie, Telefoon = melding.MelderTelefoon, Email = melding.MelderEmail },
            DoorSchoolOndernomenActie = melding.DoorSchoolOndernomenActie,
            ActieGemeenteGewenst = melding.ActieGemeenteGewenst,
            ActieGemeenteToelichting = melding.ActieGemeenteToelichting,
            ToelichtingDoorSchool = confirmedToelichting,
            MadeAt = melding.MadeAt,
        };
    }

    public static VerzuimmeldingNotificationUpdated Einddatum(VerzuimmeldingEinddatumSet change, PartnerOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new VerzuimmeldingNotificationUpdated
        {
            MeldingId = change.MeldingId, Recipient = Ref(organisation), Change = "einddatum", Einddatum = change.Einddatum, ChangedAt = change.SetAt,
        };
    }

    /// <summary>The school's reason for a withdrawal is its own free text: the partner gets the coded fact only.</summary>
    public static VerzuimmeldingNotificationUpdated Withdrawn(VerzuimmeldingWithdrawn change, PartnerOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new VerzuimmeldingNotificationUpdated
        {
            MeldingId = change.MeldingId, Recipient = Ref(organisation), Change = "ingetrokken", Status = "ingetrokken", Reason = "ingetrokken-door-school",
            ChangedAt = change.WithdrawnAt,
        };
    }

    public static MazlReferral Referral(MazlReferralRequested request, JgzService jgz, string? consentId, MelderRef contact, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(jgz);
        return new MazlReferral
        {
            ReferralId = request.ReferralId,
            Recipient = Ref(jgz.Organisation),
            PupilPseudonym = request.Pupil,
            School = new SchoolRef { Brin = request.Brin, Vestiging = request.Vestiging },
            SchoolType = request.SchoolType,
            Criterion = request.Criterion,
            CriterionMetOn = request.CriterionMetOn,
            PeriodBegin = request.PeriodBegin,
            PeriodEnd = request.PeriodEnd,
            SickDays = request.SickDays,
            ConversationHeldOn = request.ConversationHeldOn,
            Basis = consentId is null ? "notice-to-parents" : "consent",
            ConsentId = consentId,
            Contact = contact,
            ReferredAt = now,
        };
    }
}

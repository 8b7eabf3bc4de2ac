using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Routing;

public sealed class PartnerProjectionsTests
{
    private static readonly PartnerOrganisation Bureau = new("rbl-utrecht", PartnerKind.Leerplicht, "RBL Utrecht");

    [Fact]
    public void Should_pass_on_only_the_coded_fact_when_the_school_withdrew_a_melding_with_its_own_words()
    {
        var withdrawn = new VerzuimmeldingWithdrawn(Guid.NewGuid(), "Leerling heeft migraine en gebruikt medicatie", DateTimeOffset.UnixEpoch);

        var json = JsonSerializer.Serialize(PartnerProjections.Withdrawn(withdrawn, Bureau));

        Assert.DoesNotContain("migraine", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("medicatie", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ingetrokken-door-school", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_carry_the_persoonsgebonden_nummer_and_the_confirmed_text_only_when_projecting_for_leerplicht()
    {
        var notification = PartnerProjections.Notification(Ready(), "GM0344", new PupilNummer("999998018", NummerSoort.Bsn), Bureau, "Bevestigd door school");

        Assert.Equal("999998018", notification.PersoonsgebondenNummer);
        Assert.Equal("Bevestigd door school", notification.ToelichtingDoorSchool);
        Assert.Equal("GM0344", notification.Woongemeente);
        Assert.Equal(new PartnerRef { OrganisationId = "rbl-utrecht", Kind = "leerplicht" }, notification.Recipient);
    }

    [Fact]
    public void Should_name_the_pseudonym_and_never_a_nummer_when_projecting_a_referral_for_jgz()
    {
        var request = new MazlReferralRequested
        {
            ReferralId = Guid.NewGuid(), FindingId = "f", Pupil = "pseudonym-1", Brin = "12AB", Vestiging = "00", LvsPupilKey = "lvs", SchoolType = "vo",
            Criterion = "c", CriterionMetOn = new DateOnly(2026, 10, 1), PeriodBegin = new DateOnly(2026, 9, 1), SickDays = 4,
            ConversationHeldOn = new DateOnly(2026, 10, 5), SchoolMessageId = Guid.NewGuid(),
            Contact = new MelderRef { Naam = "n", Functie = "f", Telefoon = "t", Email = "e" }, RequestedAt = DateTimeOffset.UnixEpoch,
        };

        var referral = PartnerProjections.Referral(request, new JgzService(new PartnerOrganisation("jgz-utrecht", PartnerKind.Jgz, "JGZ"), "consent"), "consent-1", request.Contact, DateTimeOffset.UnixEpoch);

        Assert.Equal("pseudonym-1", referral.PupilPseudonym);
        Assert.Equal("consent", referral.Basis);
        Assert.DoesNotContain(typeof(MazlReferral).GetProperties(), p => p.Name.Contains("Nummer", StringComparison.Ordinal));
    }

    private static VerzuimmeldingReady Ready() => new()
    {
        MeldingId = Guid.NewGuid(), Kind = "melding-16-uur", SoortVerzuim = "16-uur", Recipient = "leerplicht", Pupil = "pseudonym-1", Brin = "12AB",
        Vestiging = "00", Regime = "leerplicht", Woongemeente = "GM0344", Begindatum = new DateOnly(2026, 9, 8), VerzuimUren = 16, VerzuimDagen = 4,
        IsVervolgmelding = false, RegistrationIds = ["r1"], MelderNaam = "n", MelderFunctie = "f", MelderTelefoon = "t", MelderEmail = "e",
        DoorSchoolOndernomenActie = "a", ActieGemeenteGewenst = true, MadeAt = DateTimeOffset.UnixEpoch,
    };
}

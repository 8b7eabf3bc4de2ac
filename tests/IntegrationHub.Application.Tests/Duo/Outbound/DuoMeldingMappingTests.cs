using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Duo.Outbound;

public sealed class DuoMeldingMappingTests
{
    private const string School = "OSG De Brug, locatie Noord";

    [Fact]
    public void Should_carry_every_field_of_the_annex_when_the_melding_is_complete()
    {
        var ready = DuoMeldingSamples.Ready();

        var made = DuoMeldingMapping.Map(ready, DuoMeldingSamples.Nummer, School, "Leerling zegt zich te vervelen in de les").Melding!;

        Assert.Equal((ready.MeldingId, "12AB", "00", "999990019", "BSN"), (made.MeldingId, made.Brin, made.Vestiging, made.PersoonsgebondenNummer, made.NummerSoort));
        Assert.Equal((DuoSoort.V3, new DateOnly(2026, 9, 7), (DateOnly?)new DateOnly(2026, 10, 1)), (made.Soort, made.Begindatum, made.Einddatum));
        Assert.Equal("Leerling zegt zich te vervelen in de les", made.Reden);
        Assert.False(made.AlleLessenGemist);
        Assert.Equal(("Gesprek met ouders gevoerd", true, (string?)null), (made.DoorSchoolOndernomenActie, made.ActieGemeenteGewenst, made.ActieGemeenteToelichting));
        Assert.Equal(School, made.NaamLeslocatie);
        Assert.Equal(new DuoMelder("J. de Vries", "Verzuimcoördinator", "030-1234567", "verzuim@school.example"), made.Melder);
        Assert.Equal((6, 16.5m, "0344"), (made.VerzuimDagen, made.VerzuimUren, made.Gemeentecode));
        Assert.Null(made.VervolgOpMeldingsnummer);
    }

    [Fact]
    public void Should_send_no_reden_when_no_person_at_the_school_confirmed_a_text()
    {
        var made = DuoMeldingMapping.Map(DuoMeldingSamples.Ready(), DuoMeldingSamples.Nummer, School, confirmedReden: null).Melding!;

        Assert.Null(made.Reden);
    }

    [Fact]
    public void Should_give_v4_and_onderwijsnummer_when_the_pupil_is_18_plus_with_an_onderwijsnummer()
    {
        var made = DuoMeldingMapping.Map(DuoMeldingSamples.Ready(regime: "rmc"), new PupilNummer("999990032", NummerSoort.Onderwijsnummer), School, null).Melding!;

        Assert.Equal((DuoSoort.V4, "OWN"), (made.Soort, made.NummerSoort));
    }

    [Fact]
    public void Should_say_alle_lessen_gemist_when_the_melding_is_lrv()
    {
        var made = DuoMeldingMapping.Map(DuoMeldingSamples.Ready("langdurig-relatief-verzuim"), DuoMeldingSamples.Nummer, School, null).Melding!;

        Assert.Equal((DuoSoort.LRV, true), (made.Soort, made.AlleLessenGemist));
    }

    [Fact]
    public void Should_make_nothing_and_refuse_nothing_when_the_melding_is_absoluut_verzuim()
    {
        var document = DuoMeldingMapping.Map(DuoMeldingSamples.Ready("absoluut-verzuim"), DuoMeldingSamples.Nummer, School, null);

        Assert.True(document.NotForDuo);
        Assert.Null(document.Melding);
        Assert.Empty(document.Reasons);
    }

    [Theory]
    [InlineData("melder.naam", 101)]
    [InlineData("melder.functie", 61)]
    [InlineData("melder.email", 101)]
    [InlineData("actieGemeenteToelichting", 101)]
    [InlineData("reden", 201)]
    public void Should_refuse_and_never_cut_when_a_text_is_longer_than_duo_allows(string field, int length)
    {
        var text = new string('x', length);
        var ready = DuoMeldingSamples.Ready();
        ready = field switch
        {
            "melder.naam" => ready with { MelderNaam = text },
            "melder.functie" => ready with { MelderFunctie = text },
            "melder.email" => ready with { MelderEmail = text },
            "actieGemeenteToelichting" => ready with { ActieGemeenteToelichting = text },
            _ => ready,
        };

        var document = DuoMeldingMapping.Map(ready, DuoMeldingSamples.Nummer, School, field == "reden" ? text : null);

        Assert.Null(document.Melding);
        var reason = Assert.Single(document.Reasons);
        Assert.Equal((DuoRefusals.TooLong, field), (reason.Code, reason.Field));
        Assert.DoesNotContain(text, reason.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 60, 100, 100, 200)]
    public void Should_make_the_document_when_every_text_is_exactly_at_duos_limit(int naam, int functie, int email, int toelichting, int reden)
    {
        var ready = DuoMeldingSamples.Ready() with
        {
            MelderNaam = new string('n', naam), MelderFunctie = new string('f', functie), MelderEmail = new string('e', email),
            ActieGemeenteToelichting = new string('t', toelichting),
        };

        var made = DuoMeldingMapping.Map(ready, DuoMeldingSamples.Nummer, School, new string('r', reden)).Melding!;

        Assert.Equal((naam, functie, email, toelichting, reden), (made.Melder.Naam.Length, made.Melder.Functie.Length, made.Melder.Email.Length, made.ActieGemeenteToelichting!.Length, made.Reden!.Length));
    }

    [Fact]
    public void Should_name_every_missing_mandatory_field_when_the_melder_and_the_action_are_empty()
    {
        var ready = DuoMeldingSamples.Ready() with
        {
            MelderNaam = "", MelderFunctie = " ", MelderTelefoon = "", MelderEmail = "", DoorSchoolOndernomenActie = "", ActieGemeenteGewenst = false,
            ActieGemeenteToelichting = null,
        };

        var document = DuoMeldingMapping.Map(ready, DuoMeldingSamples.Nummer, School, null);

        Assert.Null(document.Melding);
        Assert.All(document.Reasons, r => Assert.Equal(DuoRefusals.Missing, r.Code));
        Assert.Equal(
            ["actieGemeenteToelichting", "doorSchoolOndernomenActie", "melder.email", "melder.functie", "melder.naam", "melder.telefoon"],
            document.Reasons.Select(r => r.Field!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_not_ask_for_a_toelichting_when_action_by_the_gemeente_is_wanted()
    {
        var document = DuoMeldingMapping.Map(DuoMeldingSamples.Ready() with { ActieGemeenteGewenst = true, ActieGemeenteToelichting = null }, DuoMeldingSamples.Nummer, School, null);

        Assert.True(document.IsMade);
    }

    [Fact]
    public void Should_refuse_when_the_hub_holds_no_nummer_or_no_leslocatie_or_the_woongemeente_is_not_a_cbs_code()
    {
        var document = DuoMeldingMapping.Map(DuoMeldingSamples.Ready() with { Woongemeente = "0344" }, nummer: null, leslocatie: null, null);

        Assert.Equal(
            [(DuoRefusals.NummerMissing, "persoonsgebondenNummer"), (DuoRefusals.GemeenteInvalid, "woongemeente"), (DuoRefusals.Missing, "naamLeslocatie")],
            document.Reasons.Select(r => (r.Code, r.Field!)));
    }

    [Fact]
    public void Should_write_each_reason_in_dutch_and_english_when_refusing()
    {
        var reason = DuoMeldingMapping.Map(DuoMeldingSamples.Ready() with { MelderNaam = new string('x', 150) }, DuoMeldingSamples.Nummer, School, null).Reasons.Single();

        Assert.Contains("langer dan 100 tekens", reason.Message, StringComparison.Ordinal);
        Assert.Contains("longer than DUO's limit of 100 characters", reason.Message, StringComparison.Ordinal);
    }
}

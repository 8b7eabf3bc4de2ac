using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

public sealed class DuoXsdValidatorTests
{
    private static readonly XNamespace Vr = DuoWireNamespaces.Verzuimregister;

    [Fact]
    public void Should_accept_the_sample_melden_request_when_validated()
    {
        var envelope = SoapEnvelope.Parse(File.ReadAllText(DuoSampleFiles.MeldenRequestPath));

        Assert.Empty(DuoXsdValidator.Validate(envelope.RequiredBody));
    }

    [Fact]
    public void Should_refuse_a_reden_of_201_characters_and_name_the_field_without_its_value()
    {
        var reden = "Reden" + new string('x', 196);
        Assert.Equal(201, reden.Length);

        var problems = DuoXsdValidator.Validate(DuoRequestWriter.Melden(DuoWireSamples.Melding() with { Reden = reden }));

        var problem = Assert.Single(problems);
        Assert.Equal("meldenRelatiefVerzuimRequest/verzuimmelding/reden", problem.Field);
        Assert.DoesNotContain("xxxx", problem.Message, StringComparison.Ordinal);
        Assert.Equal("longer than 200 characters (201).", problem.Message);
    }

    [Fact]
    public void Should_accept_a_reden_of_200_characters()
    {
        Assert.Empty(DuoXsdValidator.Validate(DuoRequestWriter.Melden(DuoWireSamples.Melding() with { Reden = new string('r', 200) })));
    }

    [Fact]
    public void Should_refuse_a_melding_without_melder()
    {
        var body = DuoRequestWriter.Melden(DuoWireSamples.Melding());
        body.Descendants(Vr + "melder").Single().Remove();

        var problems = DuoXsdValidator.Validate(body);

        Assert.Contains(problems, p => p.Field.StartsWith("meldenRelatiefVerzuimRequest/verzuimmelding", StringComparison.Ordinal)
            && p.Message.Contains("melder", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_a_soort_code_DUO_does_not_know_without_echoing_it()
    {
        var body = DuoRequestWriter.Melden(DuoWireSamples.Melding());
        body.Descendants(Vr + "soortVerzuim").Single().Value = "XYZ16";

        var problem = Assert.Single(DuoXsdValidator.Validate(body));

        Assert.Equal("meldenRelatiefVerzuimRequest/verzuimmelding/soortVerzuim", problem.Field);
        Assert.Equal("not one of V3, V4, L, LRV, RMC, O.", problem.Message);
    }

    [Fact]
    public void Should_keep_the_persoonsgebonden_nummer_out_of_the_problem_when_it_is_malformed()
    {
        var problems = DuoXsdValidator.Validate(DuoRequestWriter.Melden(DuoWireSamples.Melding() with { PersoonsgebondenNummer = "99999001" }));

        var problem = Assert.Single(problems);
        Assert.Equal("meldenRelatiefVerzuimRequest/verzuimmelding/persoonsgebondenNummer/nummer", problem.Field);
        Assert.DoesNotContain("99999001", problem.Message, StringComparison.Ordinal);
        Assert.Equal("does not have the required form ([0-9]{9}).", problem.Message);
    }

    [Fact]
    public void Should_refuse_each_of_DUOs_limits_when_a_text_is_one_character_too_long()
    {
        var melding = DuoWireSamples.Melding();
        var tooLong = melding with
        {
            ActieGemeenteToelichting = new string('t', 101),
            Melder = new DuoMelder(new string('n', 101), new string('f', 61), "030-1234567", new string('e', 89) + "@school.example"),
        };

        var fields = DuoXsdValidator.Validate(DuoRequestWriter.Melden(tooLong)).Select(p => p.Field.Split('/')[^1]).ToList();

        Assert.Equal(["toelichtingActieGemeente", "naam", "functie", "email"], fields);
    }

    [Fact]
    public void Should_say_a_required_text_is_empty_and_a_gemeente_cannot_set_R()
    {
        var empty = Assert.Single(DuoXsdValidator.Validate(DuoRequestWriter.Melden(DuoWireSamples.Melding() with { DoorSchoolOndernomenActie = "" })));
        var status = Assert.Single(DuoXsdValidator.Validate(DuoRequestWriter.StatusGemeente(new DuoGemeenteStatus
        {
            Meldingsnummer = "1000042", Gemeentecode = "0344", Status = DuoStatus.R, SetAt = DuoWireSamples.RegisteredAt,
        })));

        Assert.Equal(("meldenRelatiefVerzuimRequest/verzuimmelding/doorSchoolOndernomenActie", "empty; a value is required."), (empty.Field, empty.Message));
        Assert.Equal(("statusGemeenteRequest/status", "not one of B, G, K."), (status.Field, status.Message));
    }

    [Theory]
    [InlineData("12AB", true)]
    [InlineData("16N4", true)]
    [InlineData("12ab", false)]
    [InlineData("AB12", false)]
    public void Should_accept_a_brin_as_the_hub_validates_it_at_intake(string brin, bool valid)
    {
        Assert.Equal(valid, DuoXsdValidator.IsValid(DuoRequestWriter.Melden(DuoWireSamples.Melding() with { Brin = brin })));
    }

    [Fact]
    public void Should_refuse_an_element_that_is_not_a_body_element_of_the_schema()
    {
        var problem = Assert.Single(DuoXsdValidator.Validate(new XElement(Vr + "verzuimmelding")));

        Assert.Equal("verzuimmelding", problem.Field);
    }
}

using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Tests.Intake.Validation;

/// <summary>The rules of a school's decision about a melding (DecideVerzuimmelding), and its mapping.</summary>
public sealed class DecisionValidationTests
{
    private static readonly SubmissionValidator Validator = new(Options.Create(new IntakeOptions()));
    private static readonly Guid MeldingId = Guid.Parse("0193a0c4-6a1e-7c2b-9d3e-000000000042");

    private static readonly Dictionary<string, Func<DecideVerzuimmelding>> Cases = new()
    {
        ["empty melding id"] = () => Decision() with { MeldingId = Guid.Empty },
        ["unknown decision"] = () => Decision() with { Decision = (MeldingDecision)9 },
        ["intrekken without reason"] = () => Decision(MeldingDecision.Intrekken) with { Reason = null },
        ["intrekken with blank reason"] = () => Decision(MeldingDecision.Intrekken) with { Reason = "  " },
        ["reason of 201 chars"] = () => Decision(MeldingDecision.Intrekken) with { Reason = new string('r', 201) },
        ["melder naam of 101 chars"] = () => Decision() with { Melder = Melder() with { Naam = new string('n', 101) } },
        ["melder functie of 61 chars"] = () => Decision() with { Melder = Melder() with { Functie = new string('f', 61) } },
        ["melder email of 101 chars"] = () => Decision() with { Melder = Melder() with { Email = new string('e', 91) + "@school.nl" } },
        ["melder naam empty"] = () => Decision() with { Melder = Melder() with { Naam = "" } },
        ["toelichting of 101 chars"] = () => Decision() with { ActieGemeenteToelichting = new string('t', 101) },
    };

    [Theory]
    [InlineData("empty melding id", "melding.id-empty", "meldingId")]
    [InlineData("unknown decision", "enum.unknown", "decision")]
    [InlineData("intrekken without reason", "melding.reason-required", "reason")]
    [InlineData("intrekken with blank reason", "melding.reason-required", "reason")]
    [InlineData("reason of 201 chars", "field.too-long", "reason")]
    [InlineData("melder naam of 101 chars", "field.too-long", "melder.naam")]
    [InlineData("melder functie of 61 chars", "field.too-long", "melder.functie")]
    [InlineData("melder email of 101 chars", "field.too-long", "melder.email")]
    [InlineData("melder naam empty", "field.required", "melder.naam")]
    [InlineData("toelichting of 101 chars", "field.too-long", "actieGemeenteToelichting")]
    public void Should_reject_a_decision_with_its_own_reason_when_one_rule_fails(string @case, string code, string field)
    {
        var reasons = Validator.Validate(Cases[@case](), Samples.Sender, Samples.Now);

        var reason = Assert.Single(reasons);
        Assert.Equal((code, field), (reason.Code, reason.Field));
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
    }

    [Fact]
    public void Should_have_a_row_for_every_decision_case_when_the_table_is_read()
    {
        var rows = typeof(DecisionValidationTests).GetMethod(nameof(Should_reject_a_decision_with_its_own_reason_when_one_rule_fails))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(row => (string)row.GetData(null!).Single()[0]);

        Assert.Equal(Cases.Keys.Order(), rows.Order());
    }

    [Fact]
    public void Should_accept_a_decision_when_it_is_within_every_limit()
    {
        DecideVerzuimmelding[] decisions =
        [
            Decision(),
            Decision(MeldingDecision.Handhaven),
            Decision(MeldingDecision.Intrekken) with { Reason = new string('r', 200) },
            Decision() with
            {
                Melder = Melder() with { Naam = new string('n', 100), Functie = new string('f', 60), Email = new string('e', 90) + "@school.nl" },
                ActieGemeenteGewenst = true,
                ActieGemeenteToelichting = new string('t', 100),
            },
        ];

        Assert.All(decisions, decision => Assert.Empty(Validator.Validate(decision, Samples.Sender, Samples.Now)));
    }

    [Fact]
    public void Should_read_the_envelope_but_no_pupil_when_a_decision_names_a_melding()
    {
        var decision = Decision();

        Assert.Same(decision.Envelope, InboundContracts.EnvelopeOf(decision));
        Assert.Null(InboundContracts.PupilOf(decision));
    }

    [Fact]
    public void Should_map_a_decision_to_a_melding_decision_fact_when_it_is_valid()
    {
        var decision = Decision(MeldingDecision.Intrekken) with { Reason = "Leerling is verhuisd.", Melder = Melder(), ActieGemeenteGewenst = false };

        var fact = Assert.IsType<MeldingDecisionFact>(new ContractMapper(Samples.Pseudonymiser).Map(decision));

        Assert.Equal(decision.Envelope.MessageId, fact.MessageId);
        Assert.Equal(MeldingId, fact.MeldingId);
        Assert.Equal("intrekken", fact.Decision);
        Assert.Equal(decision.Envelope.School.Brin, fact.School.Brin);
        Assert.Equal(decision.Envelope.School.Vestiging, fact.School.Vestiging);
        Assert.Equal("Leerling is verhuisd.", fact.Reason);
        Assert.Equal(("J. de Vries", "verzuimcoördinator", "0201234567", "verzuim@school.nl"),
            (fact.MelderNaam, fact.MelderFunctie, fact.MelderTelefoon, fact.MelderEmail));
        Assert.False(fact.ActieGemeenteGewenst);
    }

    private static DecideVerzuimmelding Decision(MeldingDecision decision = MeldingDecision.Akkoord) => new()
    {
        Envelope = Samples.Envelope(),
        MeldingId = MeldingId,
        Decision = decision,
        Reason = decision == MeldingDecision.Intrekken ? "Verkeerde leerling." : null,
    };

    private static MelderRef Melder() => new()
    {
        Naam = "J. de Vries",
        Functie = "verzuimcoördinator",
        Telefoon = "0201234567",
        Email = "verzuim@school.nl",
    };
}

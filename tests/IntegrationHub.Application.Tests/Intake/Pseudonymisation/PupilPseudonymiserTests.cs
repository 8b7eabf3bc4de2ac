using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Tests.Intake.Pseudonymisation;

public sealed class PupilPseudonymiserTests
{
    [Fact]
    public void Should_give_the_same_pseudonym_when_the_same_pupil_is_seen_again()
    {
        var first = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);
        var again = new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = "unit-test-key-0123456789-0123456789" }))
            .Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

        Assert.Equal(first, again);
    }

    [Fact]
    public void Should_be_26_lower_case_base32_characters_when_a_pseudonym_is_made()
    {
        var pseudonym = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

        Assert.Matches("^[a-z2-7]{26}$", pseudonym);
        Assert.DoesNotContain(Samples.Bsn, pseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_differ_when_the_nummersoort_or_the_key_differs()
    {
        var other = new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = "another-key-0123456789-0123456789-xx" }));

        var bsn = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

        Assert.NotEqual(bsn, Samples.Pseudonymiser.Pseudonymise(NummerSoort.Onderwijsnummer, Samples.Bsn));
        Assert.NotEqual(bsn, other.Pseudonymise(NummerSoort.Bsn, Samples.Bsn));
        Assert.NotEqual(bsn, Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, "999990032"));
    }

    [Fact]
    public void Should_refuse_to_start_when_no_key_is_configured()
    {
        Assert.ThrowsAny<ArgumentException>(() => new PupilPseudonymiser(Options.Create(new PseudonymisationOptions())));
    }
}

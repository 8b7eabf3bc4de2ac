using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Intake.Validation;

public sealed class PersoonsgebondenNummerTests
{
    [Theory]
    [InlineData(NummerSoort.Bsn, "999990020", null)]
    [InlineData(NummerSoort.Bsn, "999990032", null)]
    [InlineData(NummerSoort.Bsn, "123456789", "pupil.bsn-elfproef")]
    [InlineData(NummerSoort.Bsn, "000000000", "pupil.bsn-elfproef")]
    [InlineData(NummerSoort.Bsn, "12345678", "pupil.nummer-format")]
    [InlineData(NummerSoort.Bsn, "9999900200", "pupil.nummer-format")]
    [InlineData(NummerSoort.Bsn, "12345678a", "pupil.nummer-format")]
    [InlineData(NummerSoort.Bsn, "１２３４５６７８２", "pupil.nummer-format")]
    [InlineData(NummerSoort.Onderwijsnummer, "100000004", null)]
    [InlineData(NummerSoort.Onderwijsnummer, "999990020", "pupil.onderwijsnummer-check")]
    [InlineData(NummerSoort.Onderwijsnummer, "100000005", "pupil.onderwijsnummer-check")]
    public void Should_give_the_expected_code_when_a_nummer_is_checked(NummerSoort soort, string nummer, string? expected)
    {
        Assert.Equal(expected, PersoonsgebondenNummer.Check(soort, nummer));
    }
}

using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// "Opvragen meldingen": the business key of a melding (pupil, soort, begindatum, school) the client asks DUO about after
/// a lost answer, before it sends the melding again. Carries the persoonsgebonden nummer: never logged.
/// </summary>
public sealed record DuoOpvragenMeldingen(string PersoonsgebondenNummer, string NummerSoort, DuoSoort Soort, DateOnly Begindatum, string Brin)
{
    /// <summary>The business key of <paramref name="melding"/>.</summary>
    public static DuoOpvragenMeldingen For(DuoVerzuimmelding melding) =>
        new(melding.PersoonsgebondenNummer, melding.NummerSoort, melding.Soort, melding.Begindatum, melding.Brin);
}

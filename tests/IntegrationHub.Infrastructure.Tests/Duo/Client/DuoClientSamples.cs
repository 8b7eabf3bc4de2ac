using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>Fictitious meldingen for the client tests: BSNs from the test range, an invented school and melder.</summary>
internal static class DuoClientSamples
{
    /// <summary>Melding number <paramref name="n"/> (0..9999): its own pupil, so its own business key.</summary>
    public static DuoVerzuimmelding Melding(int n) => new()
    {
        MeldingId = new Guid(n, 10, 10, 1, 2, 3, 4, 5, 6, 7, 8),
        Brin = "12AB",
        Vestiging = "00",
        PersoonsgebondenNummer = (999_990_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
        NummerSoort = "BSN",
        Soort = DuoSoort.V3,
        Begindatum = new DateOnly(2026, 2, 23),
        AlleLessenGemist = false,
        DoorSchoolOndernomenActie = "Gesprek met leerling en ouders.",
        ActieGemeenteGewenst = true,
        NaamLeslocatie = "Voorbeeldcollege, locatie Centrum",
        Melder = new DuoMelder("A. Voorbeeld", "Verzuimcoordinator", "030-1234567", "verzuim@voorbeeldcollege.example"),
        VerzuimDagen = 5,
        VerzuimUren = 16.5m,
        Gemeentecode = "0344",
    };
}

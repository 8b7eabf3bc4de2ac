using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

/// <summary>Fictitious DUO wire data: a test-range BSN, an invented school, melder and address.</summary>
internal static class DuoWireSamples
{
    public static readonly DateTimeOffset RegisteredAt = new(2026, 3, 16, 9, 30, 0, TimeSpan.Zero);

    public static DuoVerzuimmelding Melding(Guid? meldingId = null) => new()
    {
        MeldingId = meldingId ?? Guid.Parse("3f2b8c1e-6a4d-4e7f-9b10-2c5d8e9f0a1b"),
        Brin = "12AB",
        Vestiging = "00",
        PersoonsgebondenNummer = "999990019",
        NummerSoort = "BSN",
        Soort = DuoSoort.V3,
        Begindatum = new DateOnly(2026, 2, 23),
        Einddatum = new DateOnly(2026, 3, 12),
        Reden = "Leerling geeft aan de lessen niet te volgen; ouders zijn op de hoogte.",
        AlleLessenGemist = false,
        DoorSchoolOndernomenActie = "Gesprek met leerling en ouders op 10 maart.",
        ActieGemeenteGewenst = true,
        NaamLeslocatie = "Voorbeeldcollege, locatie Centrum",
        Melder = new DuoMelder("A. Voorbeeld", "Verzuimcoördinator", "030-1234567", "verzuim@voorbeeldcollege.example"),
        TelefoonOuderOfLeerling = "06-12345678",
        AfwijkendVerblijfadres = new DuoAdres
        {
            Straat = "Proefstraat", Huisnummer = "12", Huisletter = "b", Toevoeging = "II", Postcode = "3511AA",
            Locatieaanduiding = "achterhuis", Plaats = "Utrecht",
        },
        VerzuimDagen = 5,
        VerzuimUren = 16.5m,
        Gemeentecode = "0344",
        VervolgOpMeldingsnummer = "1000042",
    };

    public static DuoVerzuimmelding MinimalMelding() => Melding() with
    {
        Einddatum = null, Reden = null, ActieGemeenteGewenst = false, ActieGemeenteToelichting = "Leerplicht is al betrokken.",
        TelefoonOuderOfLeerling = null, AfwijkendVerblijfadres = null, Gemeentecode = null, VervolgOpMeldingsnummer = null,
    };

    public static DuoContactpersoon Contact => new("B. Leerplicht", "Leerplichtambtenaar", "030-7654321", "leerplicht@gemeente.example");
}

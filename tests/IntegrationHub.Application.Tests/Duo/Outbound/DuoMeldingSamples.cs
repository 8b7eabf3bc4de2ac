using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Duo.Outbound;

/// <summary>A settled melding as the meldingen stage publishes it (test BSN range only).</summary>
internal static class DuoMeldingSamples
{
    public static readonly PupilNummer Nummer = new("999990019", NummerSoort.Bsn);

    public static VerzuimmeldingReady Ready(string kind = "melding-16-uur", string regime = "leerplicht") => new()
    {
        MeldingId = Guid.NewGuid(),
        Kind = kind,
        SoortVerzuim = "ongeoorloofd verzuim van in totaal 16 uren in 4 opeenvolgende lesweken",
        Recipient = "leerplicht",
        Pupil = "pseudonym-duo-1",
        Brin = "12AB",
        Vestiging = "00",
        Regime = regime,
        Woongemeente = "GM0344",
        Begindatum = new DateOnly(2026, 9, 7),
        Einddatum = new DateOnly(2026, 10, 1),
        VerzuimUren = 16.5m,
        VerzuimDagen = 6,
        IsVervolgmelding = false,
        Deadline = new DateOnly(2026, 10, 8),
        RegistrationIds = ["r1"],
        MelderNaam = "J. de Vries",
        MelderFunctie = "Verzuimcoördinator",
        MelderTelefoon = "030-1234567",
        MelderEmail = "verzuim@school.example",
        DoorSchoolOndernomenActie = "Gesprek met ouders gevoerd",
        ActieGemeenteGewenst = true,
        MadeAt = new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero),
        LvsPupilKey = "lvs-1",
    };
}

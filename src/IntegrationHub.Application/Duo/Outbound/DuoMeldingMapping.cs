using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// A settled melding to DUO's verzuimmelding document (Besluit Verzuimmelding, annex; domain.md section 5). Pure.
/// <para>
/// The vermoedelijke reden is the text a person at the school confirmed for the melding, or none: free text never leaves
/// unconfirmed. DUO's limits hold: a text that is too long is refused, never cut. The fields DUO requires (melder,
/// door school ondernomen actie, the toelichting when no action by the gemeente is wanted, the nummer, the leslocatie)
/// must be there. The reasons name the field and a code, never the value. The meldingsnummer of a vervolgmelding's first
/// melding is filled in at send time (the dispatcher), when it is known.
/// </para>
/// </summary>
public static class DuoMeldingMapping
{
    public static DuoMeldingDocument Map(VerzuimmeldingReady melding, PupilNummer? nummer, string? leslocatie, string? confirmedReden)
    {
        ArgumentNullException.ThrowIfNull(melding);
        if (DuoSoorten.Of(melding.Kind, melding.Regime) is not { } soort)
        {
            return DuoMeldingDocument.Skipped;
        }

        var reasons = new List<RejectionReason>();
        if (nummer is null || string.IsNullOrWhiteSpace(nummer.Nummer))
        {
            reasons.Add(DuoRefusals.Nummer());
        }

        string? gemeente = null;
        if (!string.IsNullOrWhiteSpace(melding.Woongemeente) && !GemeenteCodes.TryToDuo(melding.Woongemeente, out gemeente))
        {
            reasons.Add(DuoRefusals.Gemeente());
        }

        Required(reasons, leslocatie, "naamLeslocatie", "De naam van de leslocatie");
        Text(reasons, melding.MelderNaam, "melder.naam", "De naam van de melder", DuoLimits.MelderNaam, required: true);
        Text(reasons, melding.MelderFunctie, "melder.functie", "De functie van de melder", DuoLimits.MelderFunctie, required: true);
        Required(reasons, melding.MelderTelefoon, "melder.telefoon", "Het telefoonnummer van de melder");
        Text(reasons, melding.MelderEmail, "melder.email", "Het e-mailadres van de melder", DuoLimits.MelderEmail, required: true);
        Required(reasons, melding.DoorSchoolOndernomenActie, "doorSchoolOndernomenActie", "De door school ondernomen actie");
        Text(reasons, melding.ActieGemeenteToelichting, "actieGemeenteToelichting", "De toelichting bij 'actie gemeente gewenst'", DuoLimits.Toelichting,
            required: !melding.ActieGemeenteGewenst);
        Text(reasons, confirmedReden, "reden", "De vermoedelijke reden", DuoLimits.Reden, required: false);
        if (reasons.Count > 0)
        {
            return new DuoMeldingDocument(null, reasons, NotForDuo: false);
        }

        return new DuoMeldingDocument(new DuoVerzuimmelding
        {
            MeldingId = melding.MeldingId,
            Brin = melding.Brin,
            Vestiging = melding.Vestiging,
            PersoonsgebondenNummer = nummer!.Nummer,
            NummerSoort = nummer.Soort == NummerSoort.Bsn ? "BSN" : "OWN",
            Soort = soort,
            Begindatum = melding.Begindatum,
            Einddatum = melding.Einddatum,
            Reden = string.IsNullOrWhiteSpace(confirmedReden) ? null : confirmedReden,
            AlleLessenGemist = DuoSoorten.AlleLessenGemist(soort),
            DoorSchoolOndernomenActie = melding.DoorSchoolOndernomenActie,
            ActieGemeenteGewenst = melding.ActieGemeenteGewenst,
            ActieGemeenteToelichting = string.IsNullOrWhiteSpace(melding.ActieGemeenteToelichting) ? null : melding.ActieGemeenteToelichting,
            NaamLeslocatie = leslocatie!,
            Melder = new DuoMelder(melding.MelderNaam, melding.MelderFunctie, melding.MelderTelefoon, melding.MelderEmail),
            VerzuimDagen = melding.VerzuimDagen,
            VerzuimUren = melding.VerzuimUren,
            Gemeentecode = gemeente,
        }, [], NotForDuo: false);
    }

    private static void Required(List<RejectionReason> reasons, string? value, string field, string dutch)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            reasons.Add(DuoRefusals.MissingField(field, dutch));
        }
    }

    private static void Text(List<RejectionReason> reasons, string? value, string field, string dutch, int limit, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                reasons.Add(DuoRefusals.MissingField(field, dutch));
            }
        }
        else if (value.Length > limit)
        {
            reasons.Add(DuoRefusals.TooLongField(field, dutch, limit));
        }
    }
}

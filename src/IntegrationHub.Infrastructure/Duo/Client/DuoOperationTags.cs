using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>The operation tag of the DUO client's logs and metrics.</summary>
public static class DuoOperationTags
{
    public const string Melden = "melden";
    public const string OpvragenMeldingen = "opvragen-meldingen";
    public const string Mutatie = "mutatie";
    public const string StatusGemeente = "status-gemeente";
    public const string AanvraagGewijzigdeMeldingen = "aanvraag-gewijzigde-meldingen";

    public static string Of(DuoOperation operation) => operation switch
    {
        DuoOperation.MeldenRelatiefVerzuim => Melden,
        DuoOperation.OpvragenMeldingen => OpvragenMeldingen,
        DuoOperation.MutatieMelding => Mutatie,
        DuoOperation.StatusGemeente => StatusGemeente,
        DuoOperation.AanvraagGewijzigdeMeldingen => AanvraagGewijzigdeMeldingen,
        _ => operation.ToString(),
    };
}

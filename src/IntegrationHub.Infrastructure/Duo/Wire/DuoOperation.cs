namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>The operations of DUO's verzuimregister, by DUO's own names (see <see cref="DuoOperations"/> for their wire names).</summary>
public enum DuoOperation
{
    /// <summary>"Melden relatief verzuim": registers a verzuimmelding, returns its meldingsnummer.</summary>
    MeldenRelatiefVerzuim,

    /// <summary>"Mutatie melding": einddatum or intrekken.</summary>
    MutatieMelding,

    /// <summary>The gemeente's status on a melding (B, G, K).</summary>
    StatusGemeente,

    /// <summary>"Aanvraag gewijzigde meldingen": status changes since a time.</summary>
    AanvraagGewijzigdeMeldingen,

    /// <summary>"Opvragen meldingen": the meldingen DUO holds for a business key (used after a lost answer).</summary>
    OpvragenMeldingen,
}

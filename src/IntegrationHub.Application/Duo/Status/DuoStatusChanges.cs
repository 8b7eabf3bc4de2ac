using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// The status loop's decision for one status change DUO's register returned that the hub had not recorded before
/// (de-duplicated on meldingsnummer, status and DUO's time). Pure.
/// <list type="bullet">
/// <item>A meldingsnummer the hub does not know: recorded only.</item>
/// <item>R (geregistreerd): the dispatcher recorded it and told the school when it registered the melding; recorded only.</item>
/// <item>B, K, D: the melding's current status; the school gets <see cref="VerzuimmeldingStatusChanged"/>.</item>
/// <item>G: current status with reden and toelichting; the school gets <see cref="VerzuimmeldingClosed"/>. A G without a
/// reden the contract knows is still told, as <see cref="VerzuimmeldingStatusChanged"/> with status afgesloten.</item>
/// <item>I: current status; the school gets <see cref="VerzuimmeldingWithdrawalRegistered"/>.</item>
/// </list>
/// </summary>
public static class DuoStatusChanges
{
    public static StatusChangeDecision Decide(DuoStatusChange change, StatusMelding? melding, Guid feedbackMessageId)
    {
        ArgumentNullException.ThrowIfNull(change);
        var gemeente = GemeenteCodes.TryFromDuo(change.Gemeentecode, out var cbs) ? cbs : null;
        if (melding is null || change.Status == DuoStatus.R)
        {
            return new StatusChangeDecision(false, null, gemeente);
        }

        var school = new SchoolRef { Brin = melding.Brin, Vestiging = melding.Vestiging };
        var contact = Contact(change.Contactpersoon);
        object message = change.Status switch
        {
            DuoStatus.G when ContractCodes.TryParse<RedenAfgesloten>(change.RedenAfgesloten, out var reden) => new VerzuimmeldingClosed
            {
                School = school,
                MeldingId = melding.MeldingId,
                Meldingsnummer = melding.Meldingsnummer,
                LvsPupilKey = melding.LvsPupilKey,
                RedenAfgesloten = reden,
                ToelichtingAfsluiting = ContractCodes.TryParse<ToelichtingAfsluiting>(change.ToelichtingAfsluiting, out var toelichting) ? toelichting : null,
                Gemeente = gemeente,
                Contactpersoon = contact,
                ClosedAt = change.StatusAt,
            },
            DuoStatus.I => new VerzuimmeldingWithdrawalRegistered
            {
                School = school,
                MeldingId = melding.MeldingId,
                Meldingsnummer = melding.Meldingsnummer,
                LvsPupilKey = melding.LvsPupilKey,
                WithdrawnAt = change.StatusAt,
            },
            _ => new VerzuimmeldingStatusChanged
            {
                School = school,
                MeldingId = melding.MeldingId,
                Meldingsnummer = melding.Meldingsnummer,
                LvsPupilKey = melding.LvsPupilKey,
                Status = ToContract(change.Status),
                Gemeente = gemeente,
                Contactpersoon = contact,
                StatusAt = change.StatusAt,
            },
        };
        return new StatusChangeDecision(true, new StatusFeedback(melding.Brin, feedbackMessageId, message, message.GetType()), gemeente);
    }

    /// <summary>DUO's wire code as the contract's status.</summary>
    public static MeldingStatus ToContract(DuoStatus status) => status switch
    {
        DuoStatus.R => MeldingStatus.Geregistreerd,
        DuoStatus.B => MeldingStatus.InBehandeling,
        DuoStatus.G => MeldingStatus.Afgesloten,
        DuoStatus.K => MeldingStatus.TerKennisgevingAangenomen,
        DuoStatus.I => MeldingStatus.Ingetrokken,
        DuoStatus.D => MeldingStatus.OvergedragenAanDerden,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a DUO status."),
    };

    private static ContactpersoonRef? Contact(DuoContactpersoon? contact) =>
        contact is null ? null : new ContactpersoonRef { Naam = contact.Naam, Functie = contact.Functie, Telefoon = contact.Telefoon, Email = contact.Email };
}

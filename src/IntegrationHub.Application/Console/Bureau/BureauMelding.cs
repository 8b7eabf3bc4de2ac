using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Console.Bureau;

/// <summary>
/// One melding for the bureau: the inbox line, the notification exactly as the hub delivered it to the organisation's
/// queue (the recipient's projection: never a health field; null when the woongemeente receives no notifications or the
/// delivered copy has been purged), the statuses the organisation set, and the statuses DUO's register returned.
/// </summary>
public sealed record BureauMelding(
    BureauInboxItem Summary,
    VerzuimmeldingNotification? Notification,
    IReadOnlyList<StatusRecord> StatusesSet,
    IReadOnlyList<BureauDuoStatus> DuoStatuses);

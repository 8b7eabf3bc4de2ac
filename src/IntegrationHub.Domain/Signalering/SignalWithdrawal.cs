namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// A signal whose basis disappeared (a correction, a retraction, granted leave, a late event). For a DUO melding
/// the status becomes <see cref="DuoStatus"/> ("ingetrokken"); <see cref="Reason"/> is readable by the school.
/// </summary>
public sealed record SignalWithdrawal(
    string SignalId,
    SignalKind Kind,
    SignalRecipient Recipient,
    string Pupil,
    string Reason,
    string CausedByEventId)
{
    public string DuoStatus => "ingetrokken";
}

using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// Forwards a status a gemeente's organisation set to DUO, as that gemeente's status update: the partner gateway calls it
/// for a PartnerStatusSet on partner.&lt;org&gt;.in, and the console calls it for a status set there. The status must be
/// valid and the melding must have been routed to <c>organisationId</c> (otherwise it is refused and nothing is stored or
/// sent). An accepted status is recorded as received (partner_statuses) and a 'status-gemeente' request is queued in
/// duo_outbox, in one transaction with the inbox mark of <c>consumer</c>. The school is not told here: it hears the status
/// once DUO's register returns it to the poll (VerzuimmeldingStatusChanged / VerzuimmeldingClosed).
/// </summary>
public sealed class GemeenteStatusForwarder(IPartnerAnswerStore store)
{
    /// <param name="consumer">The inbox consumer that makes a repeat of <see cref="PartnerStatusSet.MessageId"/> a repeat (per organisation).</param>
    public async Task<GemeenteStatusForwardResult> ForwardAsync(
        string consumer, string organisationId, PartnerStatusSet status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var reasons = PartnerAnswerValidator.Validate(status, now);
        if (reasons.Count > 0)
        {
            return new GemeenteStatusForwardResult(PartnerAnswerResult.Rejected, reasons);
        }

        await using var transaction = await store.BeginAsync(consumer, status.MessageId, cancellationToken);
        if (transaction.IsRepeat)
        {
            return new GemeenteStatusForwardResult(PartnerAnswerResult.Repeat, []);
        }

        var melding = await transaction.FindMeldingAsync(status.MeldingId, organisationId, cancellationToken);
        var decision = PartnerAnswers.DecideStatus(organisationId, status, melding, Guid.CreateVersion7(), now);
        if (decision.Rejection is { } rejection)
        {
            return new GemeenteStatusForwardResult(PartnerAnswerResult.Rejected, [rejection]);
        }

        transaction.RecordStatus(decision.Record!);
        transaction.ForwardToDuo(decision.Forward!);
        await transaction.CommitAsync(cancellationToken);
        return new GemeenteStatusForwardResult(PartnerAnswerResult.Accepted, []);
    }
}

using IntegrationHub.Application.Duo.Status;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// Reads what a partner answer needs and queues what it decides; everything commits together with the inbox mark, or not
/// at all. Disposing without <see cref="CommitAsync"/> rolls back, the inbox mark with it.
/// </summary>
public interface IPartnerAnswerTransaction : IAsyncDisposable
{
    bool IsRepeat { get; }

    /// <summary>The melding if it was routed to <paramref name="organisationId"/>; null otherwise, whether or not it exists.</summary>
    Task<PartnerMelding?> FindMeldingAsync(Guid meldingId, string organisationId, CancellationToken cancellationToken);

    /// <summary>The referral if it was sent to <paramref name="organisationId"/>; null otherwise, whether or not it exists.</summary>
    Task<PartnerReferral?> FindSentReferralAsync(Guid referralId, string organisationId, CancellationToken cancellationToken);

    /// <summary>The pupil's birth date as the school location last reported it; null when never reported.</summary>
    Task<DateOnly?> FindBirthDateAsync(string pupil, string brin, string vestiging, DateOnly on, CancellationToken cancellationToken);

    void RecordStatus(StatusRecord status);

    /// <summary>Queues a gemeente's status for DUO (a duo_outbox row, operation 'status-gemeente').</summary>
    void ForwardToDuo(GemeenteStatusRequest request);

    void RecordAdvice(AdviceRecord advice);

    /// <summary>Queues the message in the outbox, with its disclosure entry when it has one.</summary>
    void SendToSchool(SchoolFeedback feedback);

    Task CommitAsync(CancellationToken cancellationToken);
}

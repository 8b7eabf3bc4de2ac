using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// Reads what the DUO document needs and queues the requests for DUO (duo_meldingen + duo_outbox) and the school's
/// feedback; everything commits together with the inbox mark, or not at all. Disposing without commit rolls back.
/// </summary>
public interface IDuoOutboxTransaction : IAsyncDisposable
{
    bool IsRepeat { get; }

    Task<PupilNummer?> FindNummerAsync(string pupil, CancellationToken cancellationToken);

    /// <summary>The school's name (the schools table), the naam leslocatie on the document.</summary>
    Task<string?> FindLeslocatieAsync(string brin, CancellationToken cancellationToken);

    /// <summary>The free text a person at the school confirmed for the melding (melding_toelichtingen), if any.</summary>
    Task<string?> FindConfirmedRedenAsync(Guid meldingId, CancellationToken cancellationToken);

    Task<DuoMeldingState?> FindMeldingAsync(Guid meldingId, CancellationToken cancellationToken);

    /// <summary>The melding 'wachtend', and its 'melden' request (de-duplicated by <paramref name="requestId"/>).</summary>
    void Queue(DuoMeldingEntry entry, DuoVerzuimmelding document, Guid requestId);

    /// <summary>The melding 'geweigerd' with its reasons, and <paramref name="feedback"/> to the school's feedback queue.</summary>
    void Refuse(DuoMeldingEntry entry, IReadOnlyList<RejectionReason> reasons, VerzuimmeldingNotRegistered feedback);

    /// <summary>A 'mutatie' request after the melding's earlier ones (the same change queued again is dropped).</summary>
    void QueueMutatie(Guid requestId, string pupil, DuoMutatie mutatie, DateTimeOffset now);

    Task CommitAsync(CancellationToken cancellationToken);
}

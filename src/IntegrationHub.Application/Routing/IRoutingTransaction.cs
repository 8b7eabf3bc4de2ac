namespace IntegrationHub.Application.Routing;

/// <summary>
/// Reads what routing needs and queues what it decides; everything commits together with the inbox mark, or not at
/// all. Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public interface IRoutingTransaction : IAsyncDisposable
{
    bool IsRepeat { get; }

    /// <summary>The persoonsgebonden nummer behind the pseudonym, for the legal-obligation routes only.</summary>
    Task<PupilNummer?> FindNummerAsync(string pupil, CancellationToken cancellationToken);

    Task<MeldingRoute?> FindRouteAsync(Guid meldingId, CancellationToken cancellationToken);

    /// <summary>
    /// Locks the melding against the DUO dispatcher until commit, and returns DUO's meldingsnummer for it once registered
    /// (a melding routed after its registration carries the number).
    /// </summary>
    Task<string?> LockMeldingAsync(Guid meldingId, CancellationToken cancellationToken);

    /// <summary>True while an earlier delivery of the same subject waits, parked (its later changes wait behind it).</summary>
    Task<bool> IsParkedAsync(Guid subjectId, CancellationToken cancellationToken);

    /// <summary>The free text a person at the school confirmed for the melding, if any.</summary>
    Task<string?> FindConfirmedToelichtingAsync(Guid meldingId, CancellationToken cancellationToken);

    void Deliver(PartnerDelivery delivery);

    void RecordRoute(MeldingRoute route);

    void RecordReferral(ReferralRecord referral);

    void Park(ParkedDelivery parked);

    void SendToSchool(string brin, object message, Type messageType, string? traceParent);

    Task CommitAsync(CancellationToken cancellationToken);
}

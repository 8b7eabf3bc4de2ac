using IntegrationHub.Application.Routing;

namespace IntegrationHub.Application.Tests.Privacy;

/// <summary>
/// The routing stage's storage for one generated pupil, in memory, with the PostgreSQL store's semantics: a repeat
/// message id changes nothing, writes count only after commit.
/// </summary>
internal sealed class InMemoryRoutingStore : IRoutingStore
{
    private readonly HashSet<Guid> _seen = [];

    public Dictionary<string, PupilNummer> Nummers { get; } = new(StringComparer.Ordinal);

    public Dictionary<Guid, string> Toelichtingen { get; } = [];

    /// <summary>DUO's meldingsnummers (duo_meldingen) of meldingen already registered.</summary>
    public Dictionary<Guid, string> Meldingsnummers { get; } = [];

    public Dictionary<Guid, MeldingRoute> Routes { get; } = [];

    public List<PartnerDelivery> Deliveries { get; } = [];

    public List<ParkedDelivery> Parked { get; } = [];

    public List<object> ToSchool { get; } = [];

    public Task<IRoutingTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken) =>
        Task.FromResult<IRoutingTransaction>(new Transaction(this, messageId, _seen.Contains(messageId)));

    private sealed class Transaction(InMemoryRoutingStore store, Guid messageId, bool isRepeat) : IRoutingTransaction
    {
        private readonly List<Action> _writes = [];

        public bool IsRepeat { get; } = isRepeat;

        public Task<PupilNummer?> FindNummerAsync(string pupil, CancellationToken cancellationToken) =>
            Task.FromResult(store.Nummers.GetValueOrDefault(pupil));

        public Task<string?> LockMeldingAsync(Guid meldingId, CancellationToken cancellationToken) => Task.FromResult(store.Meldingsnummers.GetValueOrDefault(meldingId));

        public Task<MeldingRoute?> FindRouteAsync(Guid meldingId, CancellationToken cancellationToken) =>
            Task.FromResult(store.Routes.GetValueOrDefault(meldingId));

        public Task<bool> IsParkedAsync(Guid subjectId, CancellationToken cancellationToken) =>
            Task.FromResult(store.Parked.Exists(p => p.SubjectId == subjectId));

        public Task<string?> FindConfirmedToelichtingAsync(Guid meldingId, CancellationToken cancellationToken) =>
            Task.FromResult(store.Toelichtingen.GetValueOrDefault(meldingId));

        public void Deliver(PartnerDelivery delivery) => _writes.Add(() => store.Deliveries.Add(delivery));

        public void RecordRoute(MeldingRoute route) => _writes.Add(() => store.Routes[route.MeldingId] = route);

        public void RecordReferral(ReferralRecord referral) => throw new NotSupportedException("Meldingen record no referral.");

        public void Park(ParkedDelivery parked) => _writes.Add(() => store.Parked.Add(parked));

        public void SendToSchool(string brin, object message, Type messageType, string? traceParent) => _writes.Add(() => store.ToSchool.Add(message));

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            _writes.ForEach(write => write());
            store._seen.Add(messageId);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Partners;

namespace IntegrationHub.Application.Tests.Partners;

/// <summary>The partner answers' store in memory: writes and the inbox mark count only once committed.</summary>
internal sealed class InMemoryPartnerAnswerStore : IPartnerAnswerStore
{
    private readonly HashSet<(string, Guid)> _inbox = [];

    public List<PartnerMelding> Meldingen { get; } = [];

    public List<PartnerReferral> Referrals { get; } = [];

    public List<StatusRecord> Statuses { get; } = [];

    public List<AdviceRecord> Advices { get; } = [];

    public List<SchoolFeedback> Feedback { get; } = [];

    public List<GemeenteStatusRequest> ForwardedToDuo { get; } = [];

    public List<PartnerRejection> Rejections { get; } = [];

    public Task<IPartnerAnswerTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken) =>
        Task.FromResult<IPartnerAnswerTransaction>(new Transaction(this, (consumer, messageId)));

    public Task RecordRejectionAsync(PartnerRejection rejection, CancellationToken cancellationToken)
    {
        Rejections.Add(rejection);
        return Task.CompletedTask;
    }

    private sealed class Transaction(InMemoryPartnerAnswerStore store, (string, Guid) mark) : IPartnerAnswerTransaction
    {
        private readonly List<Action> _writes = [];

        public bool IsRepeat { get; } = store._inbox.Contains(mark);

        public Task<PartnerMelding?> FindMeldingAsync(Guid meldingId, string organisationId, CancellationToken cancellationToken) =>
            Task.FromResult(store.Meldingen.FirstOrDefault(m => m.MeldingId == meldingId && m.OrganisationId == organisationId));

        public Task<PartnerReferral?> FindSentReferralAsync(Guid referralId, string organisationId, CancellationToken cancellationToken) =>
            Task.FromResult(store.Referrals.FirstOrDefault(r => r.ReferralId == referralId && r.OrganisationId == organisationId));

        public Task<DateOnly?> FindBirthDateAsync(string pupil, string brin, string vestiging, DateOnly on, CancellationToken cancellationToken) =>
            Task.FromResult<DateOnly?>(null);

        public void RecordStatus(StatusRecord status) => _writes.Add(() => store.Statuses.Add(status));

        public void ForwardToDuo(GemeenteStatusRequest request) => _writes.Add(() => store.ForwardedToDuo.Add(request));

        public void RecordAdvice(AdviceRecord advice) => _writes.Add(() => store.Advices.Add(advice));

        public void SendToSchool(SchoolFeedback feedback) => _writes.Add(() => store.Feedback.Add(feedback));

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            store._inbox.Add(mark);
            _writes.ForEach(write => write());
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

using System.Collections.Concurrent;
using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Persistence.Partners;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>
/// The real store, with failures a test plans per message id: the first N transactions of that message throw the given
/// exception. Counts every transaction begun per message id.
/// </summary>
public sealed class FlakyPartnerAnswerStore(NpgsqlPartnerAnswerStore store) : IPartnerAnswerStore
{
    private readonly ConcurrentDictionary<Guid, (int Failures, Func<Exception> Failure)> _plans = new();
    private readonly ConcurrentDictionary<Guid, int> _begun = new();

    public void Fail(Guid messageId, int times, Func<Exception> failure) => _plans[messageId] = (times, failure);

    public int Begun(Guid messageId) => _begun.GetValueOrDefault(messageId);

    public Task<IPartnerAnswerTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        var count = _begun.AddOrUpdate(messageId, 1, (_, n) => n + 1);
        if (_plans.TryGetValue(messageId, out var plan) && count <= plan.Failures)
        {
            throw plan.Failure();
        }

        return store.BeginAsync(consumer, messageId, cancellationToken);
    }

    public Task RecordRejectionAsync(PartnerRejection rejection, CancellationToken cancellationToken) =>
        store.RecordRejectionAsync(rejection, cancellationToken);
}

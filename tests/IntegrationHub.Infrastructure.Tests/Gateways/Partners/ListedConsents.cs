using System.Collections.Concurrent;
using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>A consent registry over a list the tests fill (the consents table is the privacy area's), filtered as the registry filters.</summary>
public sealed class ListedConsents : IConsentRegistry
{
    private readonly ConcurrentBag<ConsentRecord> _consents = [];

    public void Add(ConsentRecord consent) => _consents.Add(consent);

    public Task<IReadOnlyList<ConsentRecord>> FindValidAsync(string pupil, string brin, string vestiging, string scope, DateOnly on, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConsentRecord>>(_consents
            .Where(c => c.Pupil == pupil && c.Brin == brin && c.Vestiging == vestiging && c.Scope == scope
                && c.ValidFrom <= on && on <= c.ValidUntil && (c.WithdrawnOn is null || c.WithdrawnOn > on))
            .ToArray());
}

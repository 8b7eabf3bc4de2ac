using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>A consent registry over a list the tests fill (the consents table is the privacy area's), filtered as the registry filters.</summary>
public sealed class ListedConsents : IConsentRegistry
{
    private readonly Lock _lock = new();
    private readonly List<ConsentRecord> _consents = [];

    public void Add(ConsentRecord consent)
    {
        lock (_lock)
        {
            _consents.Add(consent);
        }
    }

    public void Withdraw(string consentId, DateOnly on)
    {
        lock (_lock)
        {
            var index = _consents.FindIndex(c => c.ConsentId == consentId);
            _consents[index] = _consents[index] with { WithdrawnOn = on };
        }
    }

    public Task<IReadOnlyList<ConsentRecord>> FindValidAsync(string pupil, string brin, string vestiging, string scope, DateOnly on, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ConsentRecord>>(_consents
                .Where(c => c.Pupil == pupil && c.Brin == brin && c.Vestiging == vestiging && c.Scope == scope
                    && c.ValidFrom <= on && on <= c.ValidUntil && (c.WithdrawnOn is null || c.WithdrawnOn > on))
                .ToArray());
        }
    }
}

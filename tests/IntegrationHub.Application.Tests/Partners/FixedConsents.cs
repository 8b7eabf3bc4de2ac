using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Application.Tests.Partners;

/// <summary>A consent registry that answers with the consents it was given, as the registry would filter them.</summary>
internal sealed class FixedConsents : IConsentRegistry
{
    public List<ConsentRecord> Consents { get; } = [];

    public Task<IReadOnlyList<ConsentRecord>> FindValidAsync(string pupil, string brin, string vestiging, string scope, DateOnly on, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConsentRecord>>(Consents.Where(c => c.Pupil == pupil && c.Brin == brin && c.Vestiging == vestiging && c.Scope == scope).ToArray());
}

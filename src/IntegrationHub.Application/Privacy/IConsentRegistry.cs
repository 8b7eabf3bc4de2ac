namespace IntegrationHub.Application.Privacy;

/// <summary>The consent registry, fed by the school's ConsentGiven / ConsentWithdrawn through the intake.</summary>
public interface IConsentRegistry
{
    /// <summary>
    /// The consents of <paramref name="pupil"/> (hub pseudonym) for <paramref name="scope"/>, recorded by the school
    /// location, that are valid on <paramref name="on"/> and not withdrawn on or before it. The caller checks who gave it
    /// against the pupil's age (WGBO).
    /// </summary>
    Task<IReadOnlyList<ConsentRecord>> FindValidAsync(string pupil, string brin, string vestiging, string scope, DateOnly on, CancellationToken cancellationToken);
}

using IntegrationHub.Application.Console.Beheer;

namespace IntegrationHub.Application.Privacy;

/// <summary>The read side of the disclosure log, for inzage (AVG art. 15).</summary>
public interface IDisclosureQuery
{
    /// <summary>Every disclosure about <paramref name="pupil"/> (hub pseudonym), oldest first; none about any other pupil.</summary>
    Task<IReadOnlyList<PupilDisclosure>> ForPupilAsync(string pupil, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the disclosures about <paramref name="pupil"/>, oldest first, whose recipient, activity, status, message
    /// id or trace id contains <paramref name="search"/> (null: all), and how many match; searched and paged by the store.
    /// </summary>
    Task<ResultPage<PupilDisclosure>> PageForPupilAsync(string pupil, string? search, int offset, int limit, CancellationToken cancellationToken);
}

namespace IntegrationHub.Application.Privacy;

/// <summary>The read side of the disclosure log, for inzage (AVG art. 15).</summary>
public interface IDisclosureQuery
{
    /// <summary>Every disclosure about <paramref name="pupil"/> (hub pseudonym), oldest first; none about any other pupil.</summary>
    Task<IReadOnlyList<PupilDisclosure>> ForPupilAsync(string pupil, CancellationToken cancellationToken);
}

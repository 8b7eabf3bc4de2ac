namespace IntegrationHub.Application.Privacy;

/// <summary>
/// The answer to an inzage request: the pupil's disclosures, or <see cref="Error"/> (a rejection code such as
/// "pupil.bsn-elfproef") when the request names no valid pupil. Never carries the persoonsgebonden nummer asked with.
/// </summary>
public sealed record InzageResult(string? Pupil, IReadOnlyList<PupilDisclosure> Disclosures, string? Error)
{
    public static InzageResult Invalid(string error) => new(null, [], error);
}

using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Application.Console.Inzage;

/// <summary>
/// What an inzage export holds: the pupil's hub pseudonym (never the persoonsgebonden nummer asked with), when it was made
/// and the pupil's disclosures, oldest first.
/// </summary>
public sealed record InzageDocument(string Pupil, DateTimeOffset MadeAt, IReadOnlyList<PupilDisclosure> Disclosures);

using IntegrationHub.Application.Console.Beheer;

namespace IntegrationHub.Application.Privacy;

/// <summary>One page of a pupil's inzage list, or <see cref="Error"/> when the request names no valid pupil.</summary>
public sealed record InzagePage(string? Pupil, ResultPage<PupilDisclosure> Disclosures, string? Error);

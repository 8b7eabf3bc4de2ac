using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Worker.Http;

/// <summary>The inzage list of one pupil, named by the hub pseudonym (never by the persoonsgebonden nummer asked with).</summary>
public sealed record DisclosureInzageResponse(string Pupil, IReadOnlyList<PupilDisclosure> Disclosures);

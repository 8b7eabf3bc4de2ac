using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Worker.Http;

/// <summary>The body of POST /api/v1/disclosures: the pupil's persoonsgebonden nummer, kept out of URLs and access logs.</summary>
public sealed record DisclosureInzageRequest(string? PersoonsgebondenNummer, NummerSoort NummerSoort = NummerSoort.Bsn);

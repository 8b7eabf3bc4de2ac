using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Routing;

/// <summary>The persoonsgebonden nummer behind a pseudonym, read only for the legal-obligation routes.</summary>
public sealed record PupilNummer(string Nummer, NummerSoort Soort);

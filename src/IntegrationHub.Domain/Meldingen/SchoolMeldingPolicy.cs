namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// How a school makes its meldingen: on the hub's mandate (sent once settled) or only after its own approval
/// (a melding is the school head's act). <see cref="Melder"/> is the school's default melder.
/// </summary>
public sealed record SchoolMeldingPolicy(bool RequiresApproval, Melder Melder);

using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Console.School;

/// <summary>
/// A school user's answer to "beslissing nodig" in the console: <see cref="MeldingDecision.Intrekken"/> (with a
/// reason) or <see cref="MeldingDecision.Handhaven"/>, about one melding of the user's BRIN at its vestiging.
/// <see cref="Account"/> names the console account for the intake's credential id (never a secret).
/// </summary>
public sealed record SchoolDecisionRequest(
    string Brin,
    string Vestiging,
    string Account,
    Guid MeldingId,
    MeldingDecision Decision,
    string? Reason);

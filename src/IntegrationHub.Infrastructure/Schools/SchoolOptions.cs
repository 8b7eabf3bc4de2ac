namespace IntegrationHub.Infrastructure.Schools;

/// <summary>How the hub treats a connected school's meldingen and feedback.</summary>
/// <param name="RequiresApproval">Each melding waits for the school's approval (false: the school mandates the hub).</param>
/// <param name="BatchedAcceptance">Accepted messages are answered in one SubmissionsAccepted per intake transaction.</param>
public sealed record SchoolOptions(bool RequiresApproval, bool BatchedAcceptance);

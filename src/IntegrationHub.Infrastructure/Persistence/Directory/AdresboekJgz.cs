namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>One line of the school location → JGZ organisation table on a day (vestiging null: every location of the BRIN).</summary>
public sealed record AdresboekJgz(
    string Brin,
    string? Vestiging,
    string OrganisationId,
    string OrganisationName,
    string MazlBasis,
    DateOnly ValidFrom,
    DateOnly? ValidUntil);

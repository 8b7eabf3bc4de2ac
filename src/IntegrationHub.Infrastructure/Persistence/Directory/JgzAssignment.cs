namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// A row of the hub's own school location -> JGZ organisation table. <see cref="Vestiging"/> null covers every location
/// of the BRIN; a row for one vestiging wins over it. <see cref="MazlBasis"/>: "consent" (recorded consent, the default)
/// or "notice-to-parents" (a documented notice to the parents).
/// </summary>
public sealed record JgzAssignment(
    string Brin,
    string? Vestiging,
    string OrganisationId,
    string MazlBasis,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string Provenance,
    bool Illustrative)
{
    public const string Consent = "consent";

    public const string NoticeToParents = "notice-to-parents";

    public bool SameAssignmentAs(JgzAssignment other) =>
        other is not null && OrganisationId == other.OrganisationId && MazlBasis == other.MazlBasis;
}

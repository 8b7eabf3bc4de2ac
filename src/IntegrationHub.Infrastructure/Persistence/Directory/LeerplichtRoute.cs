namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// A row of the hub's own gemeente -> leerplicht organisation table. <see cref="PupilKind"/> null is the gemeente's
/// default route; a pupil kind ("vso", "mbo", "kwalificatieplicht") is an alternative route for pupils of that kind.
/// <see cref="Illustrative"/>: the row is an example, not taken from a source (its provenance says so).
/// </summary>
public sealed record LeerplichtRoute(
    string GemeenteCode,
    string? PupilKind,
    string OrganisationId,
    bool NotifyPartners,
    bool MazlBought,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string Provenance,
    bool Illustrative)
{
    /// <summary>Same route (organisation and flags); validity, provenance and the illustrative flag are not compared.</summary>
    public bool SameRouteAs(LeerplichtRoute other) =>
        other is not null && OrganisationId == other.OrganisationId && NotifyPartners == other.NotifyPartners && MazlBought == other.MazlBought;
}

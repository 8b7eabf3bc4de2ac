using IntegrationHub.Application.Routing;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>A partner organisation as the directory keeps it: id (a lowercase slug), kind, name and provenance.</summary>
public sealed record DirectoryOrganisation(string OrganisationId, PartnerKind Kind, string Name, string Provenance)
{
    public PartnerOrganisation ToPartner() => new(OrganisationId, Kind, Name);
}

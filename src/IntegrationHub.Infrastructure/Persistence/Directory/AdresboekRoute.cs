namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>One line of the gemeente → leerplicht organisation table on a day, with the gemeente's and organisation's names.</summary>
public sealed record AdresboekRoute(
    string GemeenteCode,
    string GemeenteNaam,
    string? PupilKind,
    string OrganisationId,
    string OrganisationName,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    bool NotifyPartners,
    bool MazlBought);

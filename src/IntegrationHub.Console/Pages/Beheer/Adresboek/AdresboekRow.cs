namespace IntegrationHub.Console.Pages.Beheer.Adresboek;

/// <summary>One line of the gemeente → leerplicht organisation table as the page shows it.</summary>
public sealed record AdresboekRow(
    string GemeenteCode,
    string GemeenteNaam,
    string? PupilKind,
    string OrganisationId,
    string OrganisationName,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    bool NotifyPartners,
    bool MazlBought);

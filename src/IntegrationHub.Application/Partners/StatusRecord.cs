namespace IntegrationHub.Application.Partners;

/// <summary>An accepted partner status as stored (partner_statuses); enum values as their wire codes.</summary>
public sealed record StatusRecord(
    string OrganisationId,
    Guid MessageId,
    Guid MeldingId,
    string Status,
    string? RedenAfgesloten,
    string? ToelichtingAfsluiting,
    string? ContactNaam,
    string? ContactFunctie,
    string? ContactTelefoon,
    string? ContactEmail,
    DateTimeOffset SetAt,
    DateTimeOffset ReceivedAt);

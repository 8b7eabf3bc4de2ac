namespace IntegrationHub.Application.Routing;

/// <summary>Where a melding went (one per melding); its later changes follow the same route.</summary>
public sealed record MeldingRoute(
    Guid MeldingId,
    PartnerOrganisation Organisation,
    string Woongemeente,
    DateOnly RoutedOn,
    bool Notify,
    Guid? MessageId,
    DateTimeOffset RoutedAt);

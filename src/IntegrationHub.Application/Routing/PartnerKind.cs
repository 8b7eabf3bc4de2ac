namespace IntegrationHub.Application.Routing;

/// <summary>The kinds of partner organisation a melding or referral can be routed to.</summary>
public enum PartnerKind
{
    Leerplicht,
    Rmc,
    Jgz,
}

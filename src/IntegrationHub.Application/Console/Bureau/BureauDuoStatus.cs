namespace IntegrationHub.Application.Console.Bureau;

/// <summary>A status DUO's register returned for the melding (DUO's code R, B, G, K, I, D), with the closure's reden and toelichting.</summary>
public sealed record BureauDuoStatus(string Status, DateTimeOffset StatusAt, string? RedenAfgesloten, string? ToelichtingAfsluiting);

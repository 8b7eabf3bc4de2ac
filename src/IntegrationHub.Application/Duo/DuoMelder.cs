namespace IntegrationHub.Application.Duo;

/// <summary>The melder (Besluit Verzuimmelding, annex). Limits: naam 100, functie 60, e-mail 100.</summary>
public sealed record DuoMelder(string Naam, string Functie, string Telefoon, string Email);

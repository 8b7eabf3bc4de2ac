namespace IntegrationHub.Application.Duo;

/// <summary>The gemeentelijke contactpersoon on a status.</summary>
public sealed record DuoContactpersoon(string Naam, string Functie, string Telefoon, string Email);

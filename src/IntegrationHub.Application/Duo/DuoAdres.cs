namespace IntegrationHub.Application.Duo;

/// <summary>An afwijkend verblijfadres: only when it differs from the BRP address. Personal data: never logged.</summary>
public sealed record DuoAdres
{
    public string? Straat { get; init; }

    public string? Huisnummer { get; init; }

    public string? Huisletter { get; init; }

    public string? Toevoeging { get; init; }

    public string? Postcode { get; init; }

    public string? Locatieaanduiding { get; init; }

    public string? Plaats { get; init; }
}

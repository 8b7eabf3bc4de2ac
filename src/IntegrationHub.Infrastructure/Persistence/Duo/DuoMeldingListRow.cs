namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>A duo_meldingen row as <c>hub duo list</c> prints it (with its pending requests).</summary>
public sealed class DuoMeldingListRow
{
    public Guid MeldingId { get; set; }

    public string Brin { get; set; } = "";

    public string Vestiging { get; set; } = "";

    public string Soort { get; set; } = "";

    public DateTime Begindatum { get; set; }

    public string Status { get; set; } = "";

    public string? Meldingsnummer { get; set; }

    public DateTime CreatedAt { get; set; }

    public long Pending { get; set; }
}

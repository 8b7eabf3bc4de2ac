namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>The duo_meldingen row behind a request, read at send time (with the meldingsnummer of the melding it follows).</summary>
public sealed class DuoMeldingForSend
{
    public Guid MeldingId { get; set; }

    public string Brin { get; set; } = "";

    public string Vestiging { get; set; } = "";

    public string? LvsPupilKey { get; set; }

    public string Soort { get; set; } = "";

    public DateTime Begindatum { get; set; }

    public DateTime? Deadline { get; set; }

    public string Status { get; set; } = "";

    public string? Meldingsnummer { get; set; }

    public string? Gemeente { get; set; }

    public Guid? FollowsMeldingId { get; set; }

    public string? FollowsMeldingsnummer { get; set; }
}

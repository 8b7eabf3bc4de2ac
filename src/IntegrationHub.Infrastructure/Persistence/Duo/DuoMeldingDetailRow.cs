namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>A duo_meldingen row for <c>hub duo show</c> (no pupil data).</summary>
public sealed class DuoMeldingDetailRow
{
    public Guid MeldingId { get; set; }

    public string Brin { get; set; } = "";

    public string Vestiging { get; set; } = "";

    public string Soort { get; set; } = "";

    public DateTime Begindatum { get; set; }

    public DateTime? Einddatum { get; set; }

    public string? Gemeente { get; set; }

    public Guid? FollowsMeldingId { get; set; }

    public DateTime? Deadline { get; set; }

    public DateTime MadeAt { get; set; }

    public string? Meldingsnummer { get; set; }

    public DateTime? RegisteredAt { get; set; }

    public string Status { get; set; } = "";

    public DateTime? StatusAt { get; set; }

    public string? RedenAfgesloten { get; set; }

    public string? ToelichtingAfsluiting { get; set; }

    /// <summary>The reasons as JSON (code, field, message; never the value).</summary>
    public string? RefusedReasons { get; set; }

    public DateTime CreatedAt { get; set; }
}

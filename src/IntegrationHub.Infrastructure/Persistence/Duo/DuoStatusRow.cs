namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>A duo_melding_statuses row for <c>hub duo show</c> (without the contactpersoon).</summary>
public sealed class DuoStatusRow
{
    public string Status { get; set; } = "";

    public DateTime StatusAt { get; set; }

    public string? RedenAfgesloten { get; set; }

    public string? ToelichtingAfsluiting { get; set; }

    public string? Gemeente { get; set; }

    public DateTime RecordedAt { get; set; }
}

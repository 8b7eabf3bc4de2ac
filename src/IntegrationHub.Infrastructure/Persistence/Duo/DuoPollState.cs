namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>The poll's state (duo_poll_state): DUO's time the next poll asks from, and how the last polls went.</summary>
public sealed class DuoPollState
{
    public DateTime Watermark { get; set; }

    public DateTime? LastSuccessAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset WatermarkUtc => new(DateTime.SpecifyKind(Watermark, DateTimeKind.Utc));

    public DateTimeOffset? LastSuccessUtc => LastSuccessAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
}

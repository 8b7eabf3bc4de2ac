namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>A duo_outbox row for <c>hub duo show</c> (without its body).</summary>
public sealed class DuoRequestRow
{
    public long Sequence { get; set; }

    public string Operation { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTime? DoneAt { get; set; }

    public string? Outcome { get; set; }
}

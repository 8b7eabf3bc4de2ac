namespace IntegrationHub.Infrastructure.Persistence.Duo;

/// <summary>A duo_outbox row as the dispatcher claims it (Npgsql returns timestamptz as DateTime).</summary>
public sealed class DuoOutboxRow
{
    public long Sequence { get; set; }

    public Guid RequestId { get; set; }

    public Guid MeldingId { get; set; }

    public string Pupil { get; set; } = "";

    /// <summary>'melden', 'mutatie' or 'status-gemeente'.</summary>
    public string Operation { get; set; } = "";

    /// <summary>The port's request as JSON (HubJson).</summary>
    public string Body { get; set; } = "";

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }
}

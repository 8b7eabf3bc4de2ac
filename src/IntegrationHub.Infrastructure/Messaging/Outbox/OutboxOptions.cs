using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>Settings of the outbox relay (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the relay looks for work when no NOTIFY woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Rows claimed per round (one transaction, one "sent" statement).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How many sends of a batch may wait for the broker's confirm at once (they share the bus's channel).</summary>
    [Range(1, 1_000)]
    public int MaxConcurrentSends { get; set; } = 64;

    /// <summary>Retries of one broker send (Polly) before the row is left for a later round.</summary>
    [Range(0, 10)]
    public int SendRetries { get; set; } = 3;

    /// <summary>After this many failed rounds a row is parked (skipped) for an operator.</summary>
    [Range(1, 1_000)]
    public int MaxAttempts { get; set; } = 20;

    /// <summary>How long sent rows stay in the outbox (for operators) before the relay deletes them.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the relay deletes old sent rows.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}

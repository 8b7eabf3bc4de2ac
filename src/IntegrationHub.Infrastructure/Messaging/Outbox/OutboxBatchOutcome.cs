namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// What a relay round did with the rows it claimed: sent (the broker confirmed them), failed, blocked by a send-time
/// check (never sent), or held back (not sent, unchanged, because an earlier row of their destination failed). Sent and
/// Failed are in sequence order.
/// </summary>
public sealed record OutboxBatchOutcome(int Claimed, IReadOnlyList<OutboxRow> Sent, IReadOnlyList<OutboxFailedRow> Failed)
{
    public int Blocked { get; init; }

    public int HeldBack => Claimed - Sent.Count - Failed.Count - Blocked;
}

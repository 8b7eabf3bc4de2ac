namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// What an event changed: the earliest date whose evaluation may differ (null: nothing changed), and a reason the
/// school can read (built only when needed) if a signal is withdrawn because of it. <see cref="InvolvesHealth"/> hides the reason's health
/// part from withdrawals that go to leerplicht or RMC.
/// </summary>
internal sealed record StateChange(DateOnly? AffectedFrom, Func<string> Reason, ChangeKinds Kinds, bool InvolvesHealth = false)
{
    public static StateChange None { get; } = new(null, () => "", ChangeKinds.None);
}

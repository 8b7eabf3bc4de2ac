namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// What one melding decision did: its effects in order, the meldingen whose record changed (to store), and when the
/// book next needs a look without any new event (settling, reminders, a pending einddatum), or null.
/// </summary>
public sealed record MeldingOutcome(
    IReadOnlyList<MeldingEffect> Effects,
    IReadOnlyList<Verzuimmelding> Changed,
    DateTimeOffset? NextDueAt)
{
    public static MeldingOutcome None { get; } = new([], [], null);
}

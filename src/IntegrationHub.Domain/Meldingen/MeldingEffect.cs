namespace IntegrationHub.Domain.Meldingen;

/// <summary>Something a melding decision makes happen; the application turns each into messages.</summary>
public abstract record MeldingEffect(Verzuimmelding Melding);

/// <summary>The melding is made and goes to the partner (mandate, or after the school's approval).</summary>
public sealed record MeldingMade(Verzuimmelding Melding) : MeldingEffect(Melding);

/// <summary>The school approves its own meldingen: it is asked (again, as a reminder, before the deadline).</summary>
public sealed record ApprovalRequested(Verzuimmelding Melding, bool IsReminder) : MeldingEffect(Melding);

/// <summary>The einddatum of a sent melding is known and stable: it follows the melding, once.</summary>
public sealed record EinddatumSet(Verzuimmelding Melding, DateOnly Einddatum) : MeldingEffect(Melding);

/// <summary>A correction took away the grounds for a sent melding: the school decides (never withdrawn automatically).</summary>
public sealed record DecisionRequired(Verzuimmelding Melding, string Correction) : MeldingEffect(Melding);

/// <summary>The school withdrew a sent melding: the partner is told, with the school's reason.</summary>
public sealed record MeldingWithdrawn(Verzuimmelding Melding, string Reason) : MeldingEffect(Melding);

/// <summary>A state change that goes to no partner: a concept lapsed, an unsent melding was declined, a melding kept.</summary>
public sealed record MeldingNoted(Verzuimmelding Melding, string Note) : MeldingEffect(Melding);

/// <summary>The school's answer could not be applied (unknown melding, or not in a state that takes that answer).</summary>
public sealed record DecisionRefused(Verzuimmelding? Melding, Guid MeldingId, SchoolDecision Decision, string Reason) : MeldingEffect(Melding!);

namespace IntegrationHub.Application.Duo;

/// <summary>
/// DUO's answer to "aanvraag gewijzigde meldingen": the changes, oldest first, and DUO's own time of the answer
/// (<see cref="Until"/>): the next poll asks from there (the hub keeps it as its watermark).
/// </summary>
public sealed record DuoGewijzigdeMeldingen(IReadOnlyList<DuoStatusChange> Changes, DateTimeOffset Until);

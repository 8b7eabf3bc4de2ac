namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: the gemeente set a status on its melding in DUO's register (in behandeling, ter kennisgeving
/// aangenomen). Closing and withdrawal have their own messages.
/// </summary>
public sealed record VerzuimmeldingStatusChanged
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Meldingsnummer { get; init; }

    public required string LvsPupilKey { get; init; }

    public required MeldingStatus Status { get; init; }

    /// <summary>The gemeente that set it (CBS code, e.g. "GM0344"), when DUO gives one.</summary>
    public string? Gemeente { get; init; }

    public ContactpersoonRef? Contactpersoon { get; init; }

    /// <summary>DUO's time for the status.</summary>
    public required DateTimeOffset StatusAt { get; init; }
}

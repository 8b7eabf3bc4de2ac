namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>A duo_meldingen row as the consumer writes it: the melding's lifecycle at DUO, from 'wachtend' or 'geweigerd'.</summary>
public sealed record DuoMeldingEntry
{
    public required Guid MeldingId { get; init; }

    public required string Pupil { get; init; }

    public required string Brin { get; init; }

    public required string Vestiging { get; init; }

    public string? LvsPupilKey { get; init; }

    /// <summary>DUO's soort code (V3, V4, L, LRV, RMC, O).</summary>
    public required string Soort { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>The woongemeente's CBS code ("GM0344").</summary>
    public string? Gemeente { get; init; }

    public Guid? FollowsMeldingId { get; init; }

    public DateOnly? Deadline { get; init; }

    public required DateTimeOffset MadeAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

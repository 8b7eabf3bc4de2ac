namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal: a signal the rules raised (or revised, <see cref="IsUpdate"/>), for the routing and privacy layer.
/// Pseudonymised: no persoonsgebonden nummer, no health details. Published through the outbox.
/// </summary>
public sealed record SignalRaised
{
    public required string SignalId { get; init; }

    public required string Kind { get; init; }

    public required string Recipient { get; init; }

    public required string Pupil { get; init; }

    public required string Brin { get; init; }

    public required string Vestiging { get; init; }

    public required string Regime { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public DateOnly? DueDate { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimMinuten { get; init; }

    public required int VerzuimDagen { get; init; }

    public required bool IsVervolgmelding { get; init; }

    public string? SoortVerzuim { get; init; }

    public string? Woongemeente { get; init; }

    public string? Criterion { get; init; }

    public required bool IsUpdate { get; init; }

    public required DateTimeOffset RaisedAt { get; init; }
}

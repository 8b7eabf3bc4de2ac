namespace IntegrationHub.Domain.Events;

public sealed record VrijstellingRegistered : PupilEvent
{
    public required DateOnly From { get; init; }

    /// <summary>Inclusive; null when open-ended.</summary>
    public DateOnly? To { get; init; }

    public required string Artikel { get; init; }
}

namespace IntegrationHub.Contracts.V1;

/// <summary>One or more profile facts changed from <see cref="EffectiveFrom"/>; members left null are unchanged.</summary>
public sealed record PupilProfileChanged
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? WoongemeenteCode { get; init; }

    public SchoolType? SchoolType { get; init; }

    public bool? HasStartkwalificatie { get; init; }
}

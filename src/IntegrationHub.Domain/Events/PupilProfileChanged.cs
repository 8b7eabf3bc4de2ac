namespace IntegrationHub.Domain.Events;

/// <summary>Members left null are unchanged.</summary>
public sealed record PupilProfileChanged : PupilEvent
{
    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? Woongemeente { get; init; }

    public SchoolKind? SchoolKind { get; init; }

    public bool? HasStartkwalificatie { get; init; }

    /// <summary>The first day the pupil attended school (Leerplichtwet art. 3(1)(a)); null when unchanged.</summary>
    public DateOnly? FirstSchoolDay { get; init; }
}

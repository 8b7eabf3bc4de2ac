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

    /// <summary>
    /// Optional: the first day the pupil attended school (any school, in the Netherlands), as the school's
    /// administration knows it. Used for the end of leerplicht after 12 full school years (Leerplichtwet art. 3(1)(a));
    /// a school year counts as full when this date is on or before 1 August, the first day of that school year.
    /// Null: unchanged.
    /// </summary>
    public DateOnly? FirstSchoolDay { get; init; }
}

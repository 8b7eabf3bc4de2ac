namespace IntegrationHub.Contracts.V1;

/// <summary>A pupil was registered at (enrolled in) the school.</summary>
public sealed record PupilEnrolled
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required DateOnly EnrolledOn { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>CBS code of the gemeente of the pupil's BRP address, e.g. GM0344.</summary>
    public required string WoongemeenteCode { get; init; }

    public required SchoolType SchoolType { get; init; }

    public required bool HasStartkwalificatie { get; init; }

    /// <summary>
    /// Optional: the first day the pupil attended school (any school, in the Netherlands), as the school's
    /// administration knows it. Used for the end of leerplicht after 12 full school years (Leerplichtwet art. 3(1)(a));
    /// a school year counts as full when this date is on or before 1 August, the first day of that school year.
    /// Leave it out when unknown: leerplicht then ends by age alone.
    /// </summary>
    public DateOnly? FirstSchoolDay { get; init; }
}

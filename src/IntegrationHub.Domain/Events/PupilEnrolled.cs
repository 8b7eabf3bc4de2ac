namespace IntegrationHub.Domain.Events;

public sealed record PupilEnrolled : PupilEvent
{
    public required DateOnly EnrolledOn { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Woongemeente { get; init; }

    public required SchoolKind SchoolKind { get; init; }

    public required bool HasStartkwalificatie { get; init; }

    /// <summary>The first day the pupil attended school (Leerplichtwet art. 3(1)(a)); null when unknown.</summary>
    public DateOnly? FirstSchoolDay { get; init; }
}

namespace IntegrationHub.Domain.Events;

public sealed record PupilEnrolled : PupilEvent
{
    public required DateOnly EnrolledOn { get; init; }

    public required DateOnly BirthDate { get; init; }

    public required string Woongemeente { get; init; }

    public required SchoolKind SchoolKind { get; init; }

    public required bool HasStartkwalificatie { get; init; }
}

namespace IntegrationHub.Domain.Events;

public sealed record AttendanceRetracted : PupilEvent
{
    public required string RegistrationId { get; init; }

    public required DateOnly Date { get; init; }
}

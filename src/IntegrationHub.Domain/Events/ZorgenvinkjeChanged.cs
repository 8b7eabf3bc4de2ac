namespace IntegrationHub.Domain.Events;

/// <summary>The school's concern flag, set or cleared on <see cref="On"/>.</summary>
public sealed record ZorgenvinkjeChanged : PupilEvent
{
    public required bool IsSet { get; init; }

    public required DateOnly On { get; init; }
}

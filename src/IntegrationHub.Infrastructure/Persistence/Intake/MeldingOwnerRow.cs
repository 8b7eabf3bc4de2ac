namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>The owner of a melding as read for a school's decision about it (<see cref="IntakeSql.MeldingOwner"/>).</summary>
internal sealed class MeldingOwnerRow
{
    public string Pupil { get; set; } = string.Empty;

    public string Brin { get; set; } = string.Empty;

    public string Vestiging { get; set; } = string.Empty;
}

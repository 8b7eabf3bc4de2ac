using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// What the mapping made of a melding: the document (<see cref="Melding"/>), or the reasons it cannot be made
/// (<see cref="Reasons"/>), or nothing because the melding does not go to DUO (<see cref="NotForDuo"/>).
/// </summary>
public sealed record DuoMeldingDocument(DuoVerzuimmelding? Melding, IReadOnlyList<RejectionReason> Reasons, bool NotForDuo)
{
    public static DuoMeldingDocument Skipped { get; } = new(null, [], NotForDuo: true);

    public bool IsMade => Melding is not null;
}

namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Identifies a pupil. Only the intake reads <see cref="PersoonsgebondenNummer"/>; everything downstream
/// uses a hub pseudonym.
/// </summary>
public sealed record PupilRef
{
    /// <summary>BSN (9 digits, elfproef) or onderwijsnummer (9 digits starting with 1, elfproef variant).</summary>
    public required string PersoonsgebondenNummer { get; init; }

    public required NummerSoort NummerSoort { get; init; }

    /// <summary>The LVS's own key for the pupil.</summary>
    public required string LvsPupilKey { get; init; }
}

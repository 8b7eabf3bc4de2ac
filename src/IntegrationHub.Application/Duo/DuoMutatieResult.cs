namespace IntegrationHub.Application.Duo;

/// <summary>DUO's answer to a mutatie or a gemeente status: accepted, or the business errors that refused it.</summary>
public sealed record DuoMutatieResult
{
    public IReadOnlyList<DuoBusinessError> Errors { get; init; } = [];

    public bool IsAccepted => Errors.Count == 0;
}

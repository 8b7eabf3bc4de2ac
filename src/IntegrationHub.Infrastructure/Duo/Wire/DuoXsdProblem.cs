namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// One way a body fails contracts/duo/verzuimregister.xsd: the field (element path from the body element, e.g.
/// "meldenRelatiefVerzuimRequest/verzuimmelding/reden") and what is wrong with it. Never the value: it may be personal data.
/// </summary>
public sealed record DuoXsdProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

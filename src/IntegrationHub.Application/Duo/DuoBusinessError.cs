namespace IntegrationHub.Application.Duo;

/// <summary>A business error DUO returned inside a normal answer (never retried; the school is told).</summary>
public sealed record DuoBusinessError(string Code, string Message);

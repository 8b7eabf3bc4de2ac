namespace IntegrationHub.Worker.Tests.Fuzz;

/// <summary>One generated payload: the body, the type the transport names, and what kind of hostility it carries.</summary>
public sealed record HostilePayload(string Kind, byte[] Body, string? TypeHint);

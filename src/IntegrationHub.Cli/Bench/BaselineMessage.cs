namespace IntegrationHub.Cli.Bench;

/// <summary>The raw MassTransit baseline's message: a body as large as the feed's mean message.</summary>
public sealed record BaselineMessage(string Body);

using System.Text.Json;

namespace IntegrationHub.Cli.Replay;

/// <summary>One message the hub would send: where to (a school's feedback queue, or "publish" for routing), its type and body.</summary>
public sealed record OutboundLine(string Destination, string MessageType, JsonElement Message);

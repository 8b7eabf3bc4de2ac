using System.Text.Json;

namespace IntegrationHub.Cli.Replay;

/// <summary>
/// One message the hub would send. <see cref="Kind"/>: "finding" (what the school hears about its findings, provisional
/// until they settle), "melding" (what partners would receive: settled meldingen, their einddatum, withdrawals) or
/// "school-feedback" (every other answer to the school). <see cref="Destination"/> is a school's feedback queue or
/// "publish" (partner-bound).
/// </summary>
public sealed record OutboundLine(string Kind, string Destination, string MessageType, JsonElement Message, DateTimeOffset At);

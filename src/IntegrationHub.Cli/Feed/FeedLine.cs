using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Cli.Feed;

/// <summary>
/// One line of a JSON Lines feed: a V1 contract as an LVS would send it, in the same shape as an item of
/// the HTTP batch (<c>messageType</c> + <c>message</c>). <see cref="Raw"/> replaces the message with a body
/// that is sent as-is (to show a malformed message); <see cref="Sender"/> names the BRIN whose credential
/// sends it when that differs from the envelope's school (to show a BRIN mismatch).
/// </summary>
public sealed record FeedLine
{
    public required string MessageType { get; init; }

    public JsonElement? Message { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Raw { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sender { get; init; }
}

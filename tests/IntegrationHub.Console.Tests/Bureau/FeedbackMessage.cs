using System.Text.Json;

namespace IntegrationHub.Console.Tests.Bureau;

/// <summary>One message from a school's feedback queue, as a non-.NET LVS sees it: a MassTransit JSON envelope.</summary>
public sealed record FeedbackMessage(string MessageType, JsonElement Message)
{
    /// <summary>The message type's short name, e.g. "VerzuimmeldingClosed".</summary>
    public string ShortType => MessageType[(MessageType.LastIndexOf(':') + 1)..];

    public bool Is(string shortType) => ShortType == shortType;

    public string? Text(string name) => Message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public Guid? Guid(string name) => Text(name) is { } text && System.Guid.TryParse(text, out var id) ? id : null;

    public static FeedbackMessage Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new FeedbackMessage(root.GetProperty("messageType")[0].GetString()!, root.GetProperty("message").Clone());
    }
}

using System.Text.Json;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>One message from a school's feedback queue, as a non-.NET LVS sees it: a MassTransit JSON envelope.</summary>
public sealed record FeedbackMessage(string MessageType, JsonElement Message)
{
    public bool IsAccepted => MessageType.EndsWith(":SubmissionAccepted", StringComparison.Ordinal);

    public bool IsRejected => MessageType.EndsWith(":SubmissionRejected", StringComparison.Ordinal);

    public Guid? MessageId => Message.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : null;

    public bool IsDuplicate => Message.GetProperty("isDuplicate").GetBoolean();

    public IReadOnlyList<string> ReasonCodes => Message.TryGetProperty("reasons", out var reasons)
        ? reasons.EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList()
        : [];

    public static FeedbackMessage Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var type = root.GetProperty("messageType")[0].GetString()!;
        return new FeedbackMessage(type, root.GetProperty("message").Clone());
    }
}

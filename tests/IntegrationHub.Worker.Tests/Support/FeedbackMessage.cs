using System.Text.Json;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>One message from a school's feedback queue, as a non-.NET LVS sees it: a MassTransit JSON envelope.</summary>
public sealed record FeedbackMessage(string MessageType, JsonElement Message)
{
    /// <summary>The envelope's messageId (what consumers de-duplicate by).</summary>
    public Guid EnvelopeMessageId { get; init; }

    /// <summary>The body's size on the wire, in bytes.</summary>
    public int BodyBytes { get; init; }

    /// <summary>Whether the body holds a line break anywhere (an indented envelope does).</summary>
    public bool HasLineBreak { get; init; }

    /// <summary>The envelope's headers, e.g. "traceparent".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public bool IsAccepted => MessageType.EndsWith(":SubmissionAccepted", StringComparison.Ordinal);

    public bool IsRejected => MessageType.EndsWith(":SubmissionRejected", StringComparison.Ordinal);

    public Guid? MessageId => Message.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : null;

    /// <summary>The message type's short name, e.g. "FindingRaised" for urn:message:IntegrationHub.Contracts.V1:FindingRaised.</summary>
    public string ShortType => MessageType[(MessageType.LastIndexOf(':') + 1)..];

    public bool Is(string shortType) => ShortType == shortType;

    public bool IsDuplicate => Message.GetProperty("isDuplicate").GetBoolean();

    public IReadOnlyList<string> ReasonCodes => Message.TryGetProperty("reasons", out var reasons)
        ? reasons.EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList()
        : [];

    /// <summary>A string member of the message, or null when it is absent or not a string.</summary>
    public string? Text(string name) => Message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The melding id a message is about: its own meldingId, or that of its melding (MeldingRef).</summary>
    public Guid? MeldingId =>
        Message.TryGetProperty("meldingId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid()
        : Message.TryGetProperty("melding", out var melding) && melding.ValueKind == JsonValueKind.Object ? melding.GetProperty("meldingId").GetGuid()
        : null;

    public static FeedbackMessage Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var type = root.GetProperty("messageType")[0].GetString()!;
        var headers = root.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object
            ? h.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : [];
        return new FeedbackMessage(type, root.GetProperty("message").Clone())
        {
            EnvelopeMessageId = root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetGuid() : Guid.Empty,
            Headers = headers,
            BodyBytes = body.Length,
            HasLineBreak = body.Span.IndexOfAny((byte)'\n', (byte)'\r') >= 0,
        };
    }
}

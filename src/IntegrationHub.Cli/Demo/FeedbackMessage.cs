using System.Text.Json;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// One message from a school's feedback queue, as any AMQP client sees it: a MassTransit JSON envelope whose
/// <c>messageType</c> names the contract (urn:message:IntegrationHub.Contracts.V1:...) and whose <c>message</c> is it.
/// </summary>
public sealed record FeedbackMessage(string Brin, string Type, JsonElement Message)
{
    public static FeedbackMessage Parse(string brin, ReadOnlySpan<byte> body)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        var root = document.RootElement;
        var urn = root.GetProperty("messageType").EnumerateArray().First().GetString() ?? "";
        return new FeedbackMessage(brin, urn[(urn.LastIndexOf(':') + 1)..], root.GetProperty("message").Clone());
    }

    /// <summary>
    /// The messages a delivery holds: itself, or, for a <c>SubmissionsAccepted</c> (a school with batched acceptance),
    /// each of its items as the <c>SubmissionAccepted</c> it stands for.
    /// </summary>
    public static IReadOnlyList<FeedbackMessage> ParseAll(string brin, ReadOnlySpan<byte> body)
    {
        var message = Parse(brin, body);
        return message.Type == "SubmissionsAccepted"
            ? [.. message.Message.GetProperty("accepted").EnumerateArray().Select(item => new FeedbackMessage(brin, "SubmissionAccepted", item.Clone()))]
            : [message];
    }

    public bool IsSubmissionAnswer => Type is "SubmissionAccepted" or "SubmissionRejected";

    public string? Text(string property) =>
        Message.TryGetProperty(property, out var value) && value.ValueKind is not JsonValueKind.Null ? value.ToString() : null;

    /// <summary>A member of the message's "melding" (MeldingRef).</summary>
    public string? Melding(string property) =>
        Message.TryGetProperty("melding", out var melding) && melding.TryGetProperty(property, out var value) && value.ValueKind is not JsonValueKind.Null
            ? value.ToString() : null;
}

using System.Text.Json;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Reading;

/// <summary>
/// Turns the bytes of an <see cref="InboundSubmission"/> into a V1 contract. Accepts a plain contract body
/// (type named by the hint) and a MassTransit envelope (type named by its <c>messageType</c> urns). Never throws
/// for bad input: every failure is a <see cref="ReadResult"/> with reasons.
/// </summary>
public sealed class MessageReader
{
    public const string MassTransitContentType = "application/vnd.masstransit+json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    public ReadResult Read(InboundSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(submission.Body, DocumentOptions);
        }
        catch (JsonException)
        {
            return Fail(null, null, Rejections.Unparseable(null, "The body is not valid JSON."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(null, null, Rejections.Unparseable(null, "The body is not a JSON object."));
            }

            if (JsonTextScan.Check(root) is { } badText)
            {
                return Fail(root, null, badText);
            }

            return IsMassTransitEnvelope(submission.ContentType, root)
                ? ReadEnvelope(root)
                : ReadPlain(root, submission.MessageTypeHint);
        }
    }

    private static bool IsMassTransitEnvelope(string? contentType, JsonElement root) =>
        (contentType is not null && contentType.StartsWith(MassTransitContentType, StringComparison.OrdinalIgnoreCase))
        || (root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
            && root.TryGetProperty("message", out _));

    private static ReadResult ReadEnvelope(JsonElement root)
    {
        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        if (!root.TryGetProperty("messageType", out var urns) || urns.ValueKind != JsonValueKind.Array)
        {
            return Fail(message, null, Rejections.TypeMissing("messageType", "The MassTransit envelope has no messageType array."));
        }

        string? firstNamed = null;
        foreach (var urn in urns.EnumerateArray())
        {
            if (urn.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var name = urn.GetString();
            firstNamed ??= name;
            if (InboundContracts.TryResolve(name, out var type))
            {
                return message is { } body
                    ? Deserialize(body, type)
                    : Fail(null, type.Name, Rejections.Unparseable("message", "The MassTransit envelope has no message object."));
            }
        }

        return Fail(message, firstNamed, Rejections.TypeUnknown("messageType", "None of the envelope's messageType urns names an inbound V1 contract."));
    }

    private static ReadResult ReadPlain(JsonElement root, string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return Fail(root, null, Rejections.TypeMissing(null, "The message type was not named (AMQP type property or messageType)."));
        }

        return InboundContracts.TryResolve(hint, out var type)
            ? Deserialize(root, type)
            : Fail(root, hint, Rejections.TypeUnknown(null, "The message type is not an inbound V1 contract."));
    }

    private static ReadResult Deserialize(JsonElement body, Type type)
    {
        try
        {
            var message = body.Deserialize(type, InboundJson.Options);
            return message is null
                ? Fail(body, type.Name, Rejections.Unparseable(null, "The message is null."))
                : ReadResult.Success(message, type.Name);
        }
        catch (JsonException exception)
        {
            return Fail(body, type.Name, JsonErrorTranslator.Translate(exception, type));
        }
    }

    private static ReadResult Fail(JsonElement? body, string? messageType, RejectionReason reason)
    {
        var (messageId, vestiging) = body is { } element ? BestEffortEnvelope(element) : (null, null);
        return new ReadResult(null, messageType, messageId, vestiging, [reason]);
    }

    /// <summary>The envelope's message id and vestiging when they can be read, so the answer can be correlated.</summary>
    private static (Guid? MessageId, string? Vestiging) BestEffortEnvelope(JsonElement body)
    {
        if (!TryGet(body, "envelope", out var envelope) || envelope.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        Guid? messageId = TryGet(envelope, "messageId", out var id)
            && Guid.TryParse(JsonTextScan.TextOrNull(id), out var parsed) ? parsed : null;
        string? vestiging = TryGet(envelope, "school", out var school) && school.ValueKind == JsonValueKind.Object
            && TryGet(school, "vestiging", out var v) ? JsonTextScan.TextOrNull(v) : null;
        return (messageId, vestiging);
    }

    private static bool TryGet(JsonElement element, string camelName, out JsonElement value) =>
        element.TryGetProperty(camelName, out value)
        || element.TryGetProperty(char.ToUpperInvariant(camelName[0]) + camelName[1..], out value);
}

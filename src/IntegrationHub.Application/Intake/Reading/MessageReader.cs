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

    private static readonly JsonReaderOptions ScanOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = DocumentOptions.MaxDepth,
    };

    public ReadResult Read(InboundSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return TryReadPlainDirectly(submission) ?? ReadThroughDocument(submission);
    }

    /// <summary>
    /// The common case without a document: a plain body named by a known hint, whose every text and member name is
    /// printable ASCII without escapes and no longer than <see cref="JsonTextScan.MaxTextLength"/>, read straight from
    /// its bytes. Such a body passes <see cref="JsonTextScan"/> by construction. Anything else (an envelope, a
    /// non-ASCII or escaped text, bad JSON, a contract error) returns null, and <see cref="ReadThroughDocument"/> gives
    /// the answer, so every rejection and every other success is exactly what the document path gives. The profile
    /// showed the document parse, its text scan and deserialising from the element as most of the 13.7% of the
    /// worker's busy time spent reading messages.
    /// </summary>
    internal static ReadResult? TryReadPlainDirectly(InboundSubmission submission)
    {
        if ((submission.ContentType is { } contentType && contentType.StartsWith(MassTransitContentType, StringComparison.OrdinalIgnoreCase))
            || string.IsNullOrWhiteSpace(submission.MessageTypeHint)
            || !InboundContracts.TryResolve(submission.MessageTypeHint, out var type)
            || !IsPlainPrintableObject(submission.Body.Span))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(submission.Body.Span, type, InboundJson.Options) is { } message
                ? ReadResult.Success(message, type.Name)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the bytes are one JSON object (read with the document's limits) with no top-level
    /// <c>messageType</c> member (which may make it an envelope), whose strings and member names are printable ASCII
    /// (0x20-0x7E, so no control character, no surrogate, one char per byte) without escapes and within the length bound.
    /// </summary>
    private static bool IsPlainPrintableObject(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, ScanOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String))
                {
                    continue;
                }

                var text = reader.ValueSpan;
                if (reader.ValueIsEscaped || text.Length > JsonTextScan.MaxTextLength
                    || text.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0
                    || (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && text.SequenceEqual("messageType"u8)))
                {
                    return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static ReadResult ReadThroughDocument(InboundSubmission submission)
    {
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

using System.Text.Json;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// Turns a partner's bytes into a <see cref="PartnerStatusSet"/> or <see cref="JgzAdviceGiven"/>: plain JSON with the type
/// in the AMQP <c>type</c> property, or a MassTransit envelope. Strict like the school intake (<see cref="InboundJson"/>):
/// a typo or a missing member is a reason, not a default. Never throws for bad input; reasons name fields, never values.
/// </summary>
public static class PartnerMessageReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    public static PartnerReadResult Read(ReadOnlyMemory<byte> body, string? typeHint, string? contentType)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException)
        {
            return Fail(null, null, PartnerRejections.New(PartnerRejectionCodes.Unparseable, null, "The body is not valid JSON."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(null, null, PartnerRejections.New(PartnerRejectionCodes.Unparseable, null, "The body is not a JSON object."));
            }

            if (JsonTextScan.Check(root) is { } badText)
            {
                return Fail(root, null, badText);
            }

            return IsEnvelope(contentType, root) ? ReadEnvelope(root) : ReadPlain(root, typeHint);
        }
    }

    private static bool IsEnvelope(string? contentType, JsonElement root) =>
        (contentType is not null && contentType.StartsWith(MessageReader.MassTransitContentType, StringComparison.OrdinalIgnoreCase))
        || (root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && root.TryGetProperty("message", out _));

    private static PartnerReadResult ReadEnvelope(JsonElement root)
    {
        var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        if (!root.TryGetProperty("messageType", out var urns) || urns.ValueKind != JsonValueKind.Array)
        {
            return Fail(message, null, PartnerRejections.New(PartnerRejectionCodes.TypeMissing, "messageType", "The MassTransit envelope has no messageType array."));
        }

        foreach (var urn in urns.EnumerateArray())
        {
            if (urn.ValueKind == JsonValueKind.String && PartnerContracts.TryResolve(urn.GetString(), out var type))
            {
                return message is { } body
                    ? Deserialize(body, type)
                    : Fail(null, type.Name, PartnerRejections.New(PartnerRejectionCodes.Unparseable, "message", "The MassTransit envelope has no message object."));
            }
        }

        return Fail(message, null, PartnerRejections.New(PartnerRejectionCodes.TypeUnknown, "messageType",
            "None of the envelope's messageType urns names a message a partner may send (PartnerStatusSet, JgzAdviceGiven)."));
    }

    private static PartnerReadResult ReadPlain(JsonElement root, string? typeHint)
    {
        if (string.IsNullOrWhiteSpace(typeHint))
        {
            return Fail(root, null, PartnerRejections.New(PartnerRejectionCodes.TypeMissing, null, "The message type was not named (AMQP type property)."));
        }

        return PartnerContracts.TryResolve(typeHint, out var type)
            ? Deserialize(root, type)
            : Fail(root, null, PartnerRejections.New(PartnerRejectionCodes.TypeUnknown, null,
                "The message type is not one a partner may send (PartnerStatusSet, JgzAdviceGiven)."));
    }

    private static PartnerReadResult Deserialize(JsonElement body, Type type)
    {
        try
        {
            var message = body.Deserialize(type, InboundJson.Options);
            return message is null
                ? Fail(body, type.Name, PartnerRejections.New(PartnerRejectionCodes.Unparseable, null, "The message is null."))
                : new PartnerReadResult(message, type.Name, PartnerContracts.MessageIdOf(message), []);
        }
        catch (JsonException exception)
        {
            return Fail(body, type.Name, JsonErrorTranslator.Translate(exception, type));
        }
    }

    private static PartnerReadResult Fail(JsonElement? body, string? messageType, RejectionReason reason) =>
        new(null, messageType, body is { } element ? BestEffortMessageId(element) : null, [reason]);

    private static Guid? BestEffortMessageId(JsonElement body) =>
        (body.TryGetProperty("messageId", out var id) || body.TryGetProperty("MessageId", out id))
        && Guid.TryParse(JsonTextScan.TextOrNull(id), out var parsed)
            ? parsed
            : null;
}

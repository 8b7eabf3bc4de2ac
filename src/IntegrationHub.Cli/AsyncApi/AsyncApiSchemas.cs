using System.Text.Json.Nodes;

namespace IntegrationHub.Cli.AsyncApi;

/// <summary>The shared schemas of the AsyncAPI document: the MassTransit envelope and the W3C trace context headers.</summary>
internal static class AsyncApiSchemas
{
    private const string TraceParentPattern = "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$";

    public static JsonObject Create() => new()
    {
        ["TraceHeaders"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "AMQP application headers. The hub puts the W3C trace context of the school message that caused a message on it, "
                + "here and in the envelope's `headers`; send it back on an answer (with your own span id) so the whole exchange is one trace.",
            ["properties"] = new JsonObject
            {
                ["traceparent"] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = TraceParentPattern,
                    ["examples"] = new JsonArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
                },
                ["tracestate"] = new JsonObject { ["type"] = "string" },
            },
        },
        ["MassTransitEnvelope"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = $"MassTransit's JSON envelope (content type {AsyncApiMessages.MassTransitContentType}). The contract is in `message`; "
                + "`messageType` names it by urn. Members not listed here (sourceAddress, host, ...) may be present and carry no contract.",
            ["required"] = new JsonArray("messageId", "messageType", "message"),
            ["properties"] = new JsonObject
            {
                ["messageId"] = new JsonObject
                {
                    ["type"] = "string",
                    ["format"] = "uuid",
                    ["description"] = "Unique per message and the same on a redelivery: de-duplicate by it. Also the AMQP message_id.",
                },
                ["correlationId"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "uuid" },
                ["conversationId"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "uuid" },
                ["messageType"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "string" },
                    ["description"] = "urn:message:IntegrationHub.Contracts.V1:<Name>: the namespace and type name are the wire identity.",
                },
                ["message"] = new JsonObject { ["type"] = "object" },
                ["sentTime"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date-time" },
                ["headers"] = new JsonObject { ["$ref"] = "#/components/schemas/TraceHeaders" },
            },
        },
    };
}

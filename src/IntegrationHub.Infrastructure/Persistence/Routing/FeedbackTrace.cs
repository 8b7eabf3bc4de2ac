using System.Text.Json;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Messaging.Outbox;

namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>
/// The trace of a partner-bound outbox row, carried on to the school's feedback the relay writes about it (sent or
/// blocked): a new span in the row's trace, so the school's traceparent comes back to it. Null when the row has none.
/// </summary>
internal static class FeedbackTrace
{
    public static OutboxHeaders? Of(OutboxRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var headers = row.Headers is null ? null : JsonSerializer.Deserialize<OutboxHeaders>(row.Headers, HubJson.Options);
        return headers?.Headers?.TryGetValue("traceparent", out var traceParent) == true
            ? new OutboxHeaders(Headers: new Dictionary<string, string> { ["traceparent"] = TraceSpan.ChildOf(traceParent).TraceParent })
            : null;
    }
}

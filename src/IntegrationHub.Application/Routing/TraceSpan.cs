using System.Diagnostics;

namespace IntegrationHub.Application.Routing;

/// <summary>
/// A W3C trace context span for one outbound message: the trace of the school message that caused it (a new trace when
/// none did), a new span id, and the school message's span as parent. <see cref="TraceParent"/> travels on the message.
/// </summary>
public readonly record struct TraceSpan(string TraceId, string SpanId, string? ParentSpanId)
{
    public string TraceParent => $"00-{TraceId}-{SpanId}-01";

    public static TraceSpan ChildOf(string? traceParent)
    {
        var span = ActivitySpanId.CreateRandom().ToHexString();
        return traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent)
            ? new TraceSpan(parent.TraceId.ToHexString(), span, parent.SpanId.ToHexString())
            : new TraceSpan(ActivityTraceId.CreateRandom().ToHexString(), span, null);
    }
}

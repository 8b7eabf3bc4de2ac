using IntegrationHub.Application.Routing;

namespace IntegrationHub.Application.Tests.Routing;

public sealed class TraceSpanTests
{
    [Fact]
    public void Should_continue_the_school_trace_with_a_new_span_when_the_school_sent_a_traceparent()
    {
        var span = TraceSpan.ChildOf("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", span.TraceId);
        Assert.Equal("00f067aa0ba902b7", span.ParentSpanId);
        Assert.NotEqual("00f067aa0ba902b7", span.SpanId);
        Assert.Matches("^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$", span.TraceParent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-traceparent")]
    public void Should_start_a_new_trace_without_parent_when_there_is_no_valid_school_trace(string? traceParent)
    {
        var span = TraceSpan.ChildOf(traceParent);

        Assert.Null(span.ParentSpanId);
        Assert.Matches("^[0-9a-f]{32}$", span.TraceId);
        Assert.Matches("^[0-9a-f]{16}$", span.SpanId);
    }
}

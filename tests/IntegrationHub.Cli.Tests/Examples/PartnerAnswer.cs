using System.Text;
using RabbitMQ.Client;

namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>A message a partner published on its exchange, as the hub's partner intake queue holds it.</summary>
public sealed record PartnerAnswer(string Exchange, string? Type, string? ContentType, string? UserId, string? MessageId, string? TraceParentHeader, string Body)
{
    public static PartnerAnswer From(BasicGetResult result)
    {
        var properties = result.BasicProperties;
        var traceParent = properties.Headers?.TryGetValue("traceparent", out var value) == true
            ? value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString()
            : null;
        return new PartnerAnswer(
            result.Exchange, properties.Type, properties.ContentType, properties.UserId, properties.MessageId, traceParent, Encoding.UTF8.GetString(result.Body.Span));
    }
}

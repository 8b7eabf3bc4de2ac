using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>
/// The last filter of every hub endpoint's error pipe, after MassTransit moved the message to its _error queue (with
/// the reason in the MT-Fault-* headers): records it in the failed-message store. When the store cannot be reached the
/// message is still in _error, and the failure is logged; the message is never acknowledged without one of the two.
/// </summary>
public sealed class FailedMessageFilter(NpgsqlFailedMessageStore store, TimeProvider time, ILogger logger) : IFilter<ExceptionReceiveContext>
{
    private const string RetryCountHeader = "MT-Fault-RetryCount";

    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var queue = context.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? context.InputAddress.ToString();
        var messageId = context.GetMessageId() ?? Guid.Empty;
        try
        {
            var headers = context.TransportHeaders.GetAll()
                .Where(h => h.Value is not null && !h.Key.StartsWith("MT-Fault", StringComparison.OrdinalIgnoreCase) && !h.Key.StartsWith("MT-Reason", StringComparison.OrdinalIgnoreCase))
                .ToDictionary(h => h.Key, h => Convert.ToString(h.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal);
            var failed = new FailedMessage(
                messageId,
                MessageType(context),
                queue,
                Brin: null,
                FailedMessageCause.From(context.Exception),
                Attempts(context),
                time.GetUtcNow(),
                context.ContentType?.MediaType,
                headers,
                context.GetBody());
            var id = await store.RecordAsync(failed, context.CancellationToken);
            FailedMessageLog.Recorded(logger, id, queue, messageId, failed.Cause.GroupKey(failed.MessageType));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            FailedMessageLog.RecordFailed(logger, exception, queue, messageId);
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("failedMessageStore");

    private static int Attempts(ExceptionReceiveContext context) =>
        context.ExceptionHeaders.TryGetHeader(RetryCountHeader, out var value) && int.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var retries)
            ? retries + 1
            : 1;

    /// <summary>
    /// The message's type as MassTransit names it (urn:message:Namespace:Type): from the consume context when there is
    /// one, else from the envelope's messageType; "unknown" for a body that is not a MassTransit envelope.
    /// </summary>
    private static string MessageType(ReceiveContext context)
    {
        if (context.TryGetPayload(out ConsumeContext? consume) && consume.SupportedMessageTypes.FirstOrDefault() is { Length: > 0 } supported)
        {
            return supported;
        }

        try
        {
            using var envelope = JsonDocument.Parse(context.GetBody());
            if (envelope.RootElement.ValueKind == JsonValueKind.Object
                && envelope.RootElement.TryGetProperty("messageType", out var types)
                && types.ValueKind == JsonValueKind.Array
                && types.GetArrayLength() > 0
                && types[0].GetString() is { Length: > 0 } urn)
            {
                return urn;
            }
        }
        catch (JsonException)
        {
            // Not a JSON envelope: the type stays unknown.
        }

        return "unknown";
    }
}

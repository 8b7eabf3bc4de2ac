using System.Text;
using System.Text.Json;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;
using RabbitMQ.Client;

namespace PartnerConsumer;

/// <summary>
/// Handles one delivery from the partner's queue: reads the hub's MassTransit envelope, skips a message id it already
/// handled, prints a line, and (with --answer) answers on partner.&lt;org&gt;.in. The caller acknowledges afterwards.
/// Throws on a body it cannot read: then nothing is acknowledged and the message stays on the queue.
/// </summary>
internal sealed class PartnerMessageHandler(PartnerSettings settings, IChannel answers, TextWriter output)
{
    private const string Urn = "urn:message:IntegrationHub.Contracts.V1:";

    /// <summary>Reading tolerantly: members added to V1 later are ignored, never an error.</summary>
    private static readonly JsonSerializerOptions Read = new(JsonSerializerDefaults.Web);

    /// <summary>Message ids already handled. In-memory here; a real system keeps them in its database, in the same transaction as the effect.</summary>
    private readonly HashSet<Guid> _handled = [];

    public int Handled { get; private set; }

    public int Duplicates { get; private set; }

    public int Answered { get; private set; }

    public async Task HandleAsync(ReadOnlyMemory<byte> body, IReadOnlyBasicProperties properties, CancellationToken cancellationToken)
    {
        using var envelope = JsonDocument.Parse(body);
        var root = envelope.RootElement;
        var messageId = root.TryGetProperty("messageId", out var id) ? id.GetGuid() : Guid.Parse(properties.MessageId!);
        if (_handled.Contains(messageId))
        {
            Duplicates++;
            await output.WriteLineAsync($"duplicate messageId={messageId}: already handled, acknowledged again");
            return;
        }

        var type = root.GetProperty("messageType")[0].GetString()!;
        var message = root.GetProperty("message");
        var traceParent = TraceParentOf(root, properties);
        var trace = TraceContext.TraceId(traceParent);
        switch (type)
        {
            case Urn + nameof(VerzuimmeldingNotification):
                var melding = message.Deserialize<VerzuimmeldingNotification>(Read)!;
                await output.WriteLineAsync(MessageLines.Of(melding, trace));
                if (settings.Answer)
                {
                    await AnswerAsync(Answers.InBehandeling(messageId, melding, TraceContext.ChildOf(traceParent)), cancellationToken);
                }

                break;
            case Urn + nameof(VerzuimmeldingNotificationUpdated):
                await output.WriteLineAsync(MessageLines.Of(message.Deserialize<VerzuimmeldingNotificationUpdated>(Read)!, trace));
                break;
            case Urn + nameof(MazlReferral):
                var referral = message.Deserialize<MazlReferral>(Read)!;
                await output.WriteLineAsync(MessageLines.Of(referral, trace));
                if (settings.Answer)
                {
                    await AnswerAsync(Answers.Advice(messageId, referral, TraceContext.ChildOf(traceParent)), cancellationToken);
                }

                break;
            default:
                await output.WriteLineAsync($"skipped {type} messageId={messageId}: a message type this consumer does not handle");
                break;
        }

        _handled.Add(messageId); // only once handled: a message that failed is not a duplicate when it comes again
        Handled++;
    }

    /// <summary>Plain JSON, the contract named in the AMQP type property, persistent, confirmed by the broker before the delivery is acknowledged.</summary>
    private async Task AnswerAsync<T>(T answer, CancellationToken cancellationToken)
        where T : notnull
    {
        var (messageId, traceParent) = answer switch
        {
            PartnerStatusSet s => (s.MessageId, s.TraceParent!),
            JgzAdviceGiven a => (a.MessageId, a.TraceParent!),
            _ => throw new ArgumentException("Not an answer.", nameof(answer)),
        };
        var properties = new BasicProperties
        {
            Type = typeof(T).Name,
            ContentType = "application/json",
            MessageId = messageId.ToString(),
            UserId = settings.User,
            DeliveryMode = DeliveryModes.Persistent,
            Headers = new Dictionary<string, object?> { ["traceparent"] = traceParent },
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(answer, ContractJson.Options);
        await answers.BasicPublishAsync(settings.AnswerExchange, string.Empty, mandatory: true, properties, body, cancellationToken);
        Answered++;
        await output.WriteLineAsync($"answered {typeof(T).Name} messageId={messageId} on {settings.AnswerExchange} trace={TraceContext.TraceId(traceParent)}");
    }

    /// <summary>The hub puts traceparent in the AMQP headers and in the envelope's headers.</summary>
    private static string? TraceParentOf(JsonElement root, IReadOnlyBasicProperties properties)
    {
        if (properties.Headers?.TryGetValue("traceparent", out var header) == true && header is byte[] bytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return root.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
            && headers.TryGetProperty("traceparent", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}

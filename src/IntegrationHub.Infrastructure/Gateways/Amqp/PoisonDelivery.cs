using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Failed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Ends a delivery that kept failing at the intake (its delivery limit reached, the database there): the school gets a
/// rejection through the outbox, the message goes into the failed-message store and, with the reason in its
/// x-hub-fault-* headers, to <see cref="IntakeQueueTopology.ErrorQueue"/> (publisher-confirmed). Only once the copy in
/// the error queue is confirmed may the delivery be acknowledged; otherwise it goes back to the queue, never dropped.
/// </summary>
internal sealed class PoisonDelivery(IServiceScopeFactory scopes, IChannel errorChannel, TimeProvider time, ILogger logger)
{
    /// <summary>The rejection code the school gets for a message the hub could not record, whatever it tried.</summary>
    public const string RejectionCode = "message.unprocessable";

    public const string ReasonHeader = "x-hub-fault-reason";
    public const string ExceptionTypeHeader = "x-hub-fault-exception-type";
    public const string DeliveriesHeader = "x-hub-fault-deliveries";
    public const string SourceExchangeHeader = FailedMessageReplayer.SourceExchangeHeader;
    public const string RejectionIdHeader = "x-hub-rejection-id";

    /// <returns>True when the error queue holds the message (acknowledge it); false when it must go back to the queue.</returns>
    public async Task<bool> SettleAsync(PendingDelivery delivery, Exception failure, CancellationToken cancellationToken)
    {
        var cause = FailedMessageCause.From(failure);
        await using var scope = scopes.CreateAsyncScope();
        var read = scope.ServiceProvider.GetRequiredService<MessageReader>().Read(delivery.Submission);
        var rejectionId = await TryRejectAsync(scope.ServiceProvider, delivery, read, cancellationToken);
        await TryStoreAsync(scope.ServiceProvider, delivery, read, cause, cancellationToken);
        try
        {
            var headers = delivery.Properties.Headers is { } original ? new Dictionary<string, object?>(original) : [];
            headers[ReasonHeader] = cause.Reason;
            headers[ExceptionTypeHeader] = cause.ExceptionType;
            headers[DeliveriesHeader] = delivery.Deliveries;
            headers[SourceExchangeHeader] = delivery.Exchange;
            if (rejectionId is { } id)
            {
                headers[RejectionIdHeader] = id.ToString();
            }

            var properties = new BasicProperties(delivery.Properties) { Headers = headers, Persistent = true };
            await errorChannel.BasicPublishAsync(string.Empty, IntakeQueueTopology.ErrorQueue, mandatory: true, properties, delivery.Submission.Body, cancellationToken);
            AmqpGatewayLog.Poison(logger, delivery.Submission.Sender.Brin, delivery.Deliveries, cause.ExceptionType, rejectionId);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AmqpGatewayLog.PoisonNotMoved(logger, exception, delivery.Submission.Sender.Brin);
            return false;
        }
    }

    /// <summary>Records a rejection for the school (and its feedback in the outbox); null when even that fails.</summary>
    private async Task<Guid?> TryRejectAsync(IServiceProvider services, PendingDelivery delivery, ReadResult read, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reason = new RejectionReason
        {
            Code = RejectionCode,
            Field = null,
            Message = $"The hub could not record this message after {delivery.Deliveries} deliveries; it is kept for an operator. Check it for characters or values outside the contract and send it again with a new message id.",
        };
        var vestiging = read.Vestiging is { Length: 2 } v && v.All(char.IsAsciiDigit) ? v : "00";
        var rejection = new RejectedSubmission(Guid.CreateVersion7(now), read.MessageId, read.MessageType, delivery.Submission,
            new SchoolRef { Brin = delivery.Submission.Sender.Brin, Vestiging = vestiging }, null, now, [reason], Deduplicate: false);
        try
        {
            await services.GetRequiredService<IIntakeStore>().RecordAsync([rejection], cancellationToken);
            return rejection.RejectionId;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AmqpGatewayLog.PoisonNotRejected(logger, exception, delivery.Submission.Sender.Brin);
            return null;
        }
    }

    private async Task TryStoreAsync(IServiceProvider services, PendingDelivery delivery, ReadResult read, FailedMessageCause cause, CancellationToken cancellationToken)
    {
        try
        {
            var headers = new Dictionary<string, string>(StringComparer.Ordinal) { [SourceExchangeHeader] = delivery.Exchange };
            if (delivery.Submission.MessageTypeHint is { } hint)
            {
                headers["type"] = hint;
            }

            var failed = new FailedMessage(
                read.MessageId ?? Guid.CreateVersion7(time.GetUtcNow()),
                read.MessageType ?? delivery.Submission.MessageTypeHint ?? "unknown",
                Application.Messaging.Topology.IntakeQueue,
                delivery.Submission.Sender.Brin,
                cause,
                delivery.Deliveries,
                time.GetUtcNow(),
                delivery.Submission.ContentType,
                headers,
                delivery.Submission.Body.ToArray());
            await services.GetRequiredService<NpgsqlFailedMessageStore>().RecordAsync(failed, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AmqpGatewayLog.PoisonNotStored(logger, exception, delivery.Submission.Sender.Brin);
        }
    }
}

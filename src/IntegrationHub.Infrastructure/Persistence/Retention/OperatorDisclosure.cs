using System.Diagnostics;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// The disclosure log entry of an operator's act on a pupil's data (rectification, erasure): written and marked sent in
/// the act's own transaction, under a new trace id, with the hub operator as recipient.
/// </summary>
internal static class OperatorDisclosure
{
    public const string Recipient = "hub-operator";

    public static (Guid MessageId, NpgsqlBatchCommand[] Commands) Commands(
        DisclosureLog log, string activityId, string legalBasis, IReadOnlyList<string> categories, string subject, DateTimeOffset now)
    {
        var entry = new DisclosureEntry
        {
            MessageId = Guid.CreateVersion7(now),
            TraceId = ActivityTraceId.CreateRandom().ToHexString(),
            SpanId = ActivitySpanId.CreateRandom().ToHexString(),
            Operation = activityId.Split('/')[0],
            ActivityId = activityId,
            LegalBasis = legalBasis,
            Recipient = Recipient,
            DataCategories = categories,
            Subject = subject,
            StartedAt = now.ToUniversalTime(),
        };
        return (entry.MessageId, [log.InsertCommand(entry), DisclosureLog.MarkSentCommand([entry.MessageId], now.ToUniversalTime())]);
    }
}

using IntegrationHub.Application.Privacy;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>
/// The disclosure log's SQL, as commands for the caller's <see cref="NpgsqlBatch"/> inside its own transaction: an entry
/// is written with the outbound message it accounts for, and its status moves on with the relay's own transaction.
/// </summary>
public sealed class DisclosureLog(DisclosureSubjectProtector protector)
{
    private const string InsertSql = """
        INSERT INTO disclosures (message_id, trace_id, span_id, parent_span_id, operation, activity_id, legal_basis, recipient,
                                 data_categories, subject_type, subject_cipher, subject_lookup, consent_id, started_at, status)
        VALUES (@MessageId, @TraceId, @SpanId, @ParentSpanId, @Operation, @ActivityId, @LegalBasis, @Recipient,
                @DataCategories, @SubjectType, @SubjectCipher, @SubjectLookup, @ConsentId, @StartedAt, 'pending')
        """;

    private const string MarkSentSql = """
        UPDATE disclosures SET status = 'sent', ended_at = @At
        WHERE message_id = ANY(@MessageIds) AND status = 'pending'
        """;

    private const string MarkBlockedSql = """
        UPDATE disclosures SET status = 'blocked', ended_at = @At, status_reason = @Reason
        WHERE message_id = @MessageId AND status = 'pending'
        """;

    public NpgsqlBatchCommand InsertCommand(DisclosureEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var command = new NpgsqlBatchCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter("MessageId", entry.MessageId));
        command.Parameters.Add(new NpgsqlParameter("TraceId", entry.TraceId));
        command.Parameters.Add(new NpgsqlParameter("SpanId", entry.SpanId));
        command.Parameters.Add(new NpgsqlParameter("ParentSpanId", (object?)entry.ParentSpanId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("Operation", (object?)entry.Operation ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("ActivityId", entry.ActivityId));
        command.Parameters.Add(new NpgsqlParameter("LegalBasis", entry.LegalBasis));
        command.Parameters.Add(new NpgsqlParameter("Recipient", entry.Recipient));
        command.Parameters.Add(new NpgsqlParameter("DataCategories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entry.DataCategories.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("SubjectType", entry.SubjectType));
        command.Parameters.Add(new NpgsqlParameter("SubjectCipher", protector.Protect(entry.Subject)));
        command.Parameters.Add(new NpgsqlParameter("SubjectLookup", protector.Lookup(entry.Subject)));
        command.Parameters.Add(new NpgsqlParameter("ConsentId", (object?)entry.ConsentId ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("StartedAt", entry.StartedAt));
        return command;
    }

    public static NpgsqlBatchCommand MarkSentCommand(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var command = new NpgsqlBatchCommand(MarkSentSql);
        command.Parameters.Add(new NpgsqlParameter("MessageIds", messageIds.ToArray()));
        command.Parameters.Add(new NpgsqlParameter("At", at));
        return command;
    }

    public static NpgsqlBatchCommand MarkBlockedCommand(Guid messageId, string reason, DateTimeOffset at)
    {
        var command = new NpgsqlBatchCommand(MarkBlockedSql);
        command.Parameters.Add(new NpgsqlParameter("MessageId", messageId));
        command.Parameters.Add(new NpgsqlParameter("Reason", reason));
        command.Parameters.Add(new NpgsqlParameter("At", at));
        return command;
    }
}

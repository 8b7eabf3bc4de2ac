using Dapper;
using IntegrationHub.Application.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>
/// A pupil's disclosures for inzage: found by the keyed lookup hash of the pseudonym, then each entry's subject is
/// decrypted and compared with the pseudonym asked for, so an entry about another pupil can never be listed.
/// </summary>
public sealed class NpgsqlDisclosureQuery(NpgsqlDataSource dataSource, DisclosureSubjectProtector protector) : IDisclosureQuery
{
    private const string ForSubjectSql = """
        SELECT message_id, trace_id, operation, activity_id, legal_basis, recipient, data_categories, subject_cipher,
               consent_id, started_at, ended_at, status, status_reason
        FROM disclosures
        WHERE subject_lookup = @Lookup
        ORDER BY started_at, disclosure_id
        """;

    public async Task<IReadOnlyList<PupilDisclosure>> ForPupilAsync(string pupil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pupil);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DisclosureRow>(
            new CommandDefinition(ForSubjectSql, new { Lookup = protector.Lookup(pupil) }, cancellationToken: cancellationToken));
        return rows.Where(row => protector.Unprotect(row.SubjectCipher) == pupil).Select(ToDisclosure).ToList();
    }

    private static PupilDisclosure ToDisclosure(DisclosureRow row) => new()
    {
        StartedAt = Utc(row.StartedAt),
        EndedAt = row.EndedAt is { } ended ? Utc(ended) : null,
        Recipient = row.Recipient,
        ActivityId = row.ActivityId,
        LegalBasis = row.LegalBasis,
        DataCategories = row.DataCategories,
        ConsentId = row.ConsentId,
        Operation = row.Operation,
        MessageId = row.MessageId,
        TraceId = row.TraceId,
        Status = row.Status,
        StatusReason = row.StatusReason,
    };

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}

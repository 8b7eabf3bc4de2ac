using Dapper;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
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

    private const string PageFrom = """

        FROM disclosures
        WHERE subject_lookup = @Lookup
          AND (@Contains::text IS NULL OR recipient ILIKE @Contains ESCAPE '\' OR activity_id ILIKE @Contains ESCAPE '\'
               OR status ILIKE @Contains ESCAPE '\' OR message_id::text ILIKE @Contains ESCAPE '\' OR trace_id ILIKE @Contains ESCAPE '\')
        """;

    private const string PageSql = """
        SELECT message_id, trace_id, operation, activity_id, legal_basis, recipient, data_categories, subject_cipher,
               consent_id, started_at, ended_at, status, status_reason
        """ + PageFrom + """

        ORDER BY started_at, disclosure_id
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int
        """ + PageFrom + ";";

    public async Task<IReadOnlyList<PupilDisclosure>> ForPupilAsync(string pupil, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pupil);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<DisclosureRow>(
            new CommandDefinition(ForSubjectSql, new { Lookup = protector.Lookup(pupil) }, cancellationToken: cancellationToken));
        return rows.Where(row => protector.Unprotect(row.SubjectCipher) == pupil).Select(ToDisclosure).ToList();
    }

    /// <summary>
    /// The page is cut in SQL by the lookup hash; an entry on it whose decrypted subject is another pupil (a lookup hash
    /// collision) is still left out, so a page can hold fewer rows than the limit but never another pupil's entry.
    /// </summary>
    public async Task<ResultPage<PupilDisclosure>> PageForPupilAsync(string pupil, string? search, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(pupil);
        var text = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(PageSql, new
        {
            Lookup = protector.Lookup(pupil),
            Contains = text is null ? null : "%" + SearchText.EscapeLike(text) + "%",
            Offset = Math.Max(0, offset),
            Limit = Math.Max(0, limit),
        }, cancellationToken: cancellationToken));
        var rows = await grid.ReadAsync<DisclosureRow>();
        var items = rows.Where(row => protector.Unprotect(row.SubjectCipher) == pupil).Select(ToDisclosure).ToList();
        return new ResultPage<PupilDisclosure>(items, await grid.ReadSingleAsync<int>());
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

using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>
/// What <c>hub bench</c> reads from the hub's database while it runs: counts of the pipeline's stages, and at the end
/// when each message was stored and when its evaluation committed, and what the rules decided per pupil. Read-only;
/// a connection per call.
/// </summary>
public sealed class NpgsqlBenchProbe(string connectionString)
{
    // Outbox rows get created_at = now() of the transaction that wrote them, as inbox rows get processed_at; an event
    // whose own evaluation wrote a row still unsent has processed_at = that row's created_at, so it is not done yet.
    private const string CountsSql = """
        WITH oldest_unsent AS (SELECT min(created_at) AS created_at, count(*) AS unsent FROM outbox WHERE sent_at IS NULL)
        SELECT
          (SELECT count(*) FROM attendance_ledger) AS stored,
          (SELECT count(*) FROM inbox WHERE consumer = 'signalering') AS evaluated,
          o.unsent AS unsent,
          coalesce(extract(epoch FROM clock_timestamp() - o.created_at), 0)::float8 AS outboxlagseconds,
          (SELECT count(*) FROM inbox i WHERE i.consumer = 'signalering'
             AND i.processed_at < coalesce(o.created_at, 'infinity'::timestamptz)) AS done
        FROM oldest_unsent o
        """;

    // When the last event was done: the commit of the last evaluation, or the later commit of the relay round that sent
    // a row written by then (the relay's own commit, so never before the broker confirmed the send). Rows written after
    // the last evaluation (the melding scheduler's) are not the events' and do not count.
    private const string DoneAtSql = """
        WITH evaluated AS (SELECT max(pg_xact_commit_timestamp(xmin)) AS at FROM inbox WHERE consumer = 'signalering')
        SELECT greatest(e.at, (SELECT max(pg_xact_commit_timestamp(o.xmin)) FROM outbox o WHERE o.sent_at IS NOT NULL AND o.created_at <= e.at))
        FROM evaluated e
        """;

    private const string StoredAtSql = """
        SELECT message_id, recorded_at FROM attendance_ledger
        """;

    private const string CommitTimestampsSql = """
        SELECT current_setting('track_commit_timestamp') = 'on'
        """;

    // processed_at is now() of the evaluation's transaction, i.e. when it began; with track_commit_timestamp on, the
    // commit time of the transaction that wrote the row (xmin) is known exactly.
    private const string EvaluationStartedSql = """
        SELECT message_id, processed_at FROM inbox WHERE consumer = 'signalering'
        """;

    private const string EvaluationCommittedSql = """
        SELECT message_id, coalesce(pg_xact_commit_timestamp(xmin), processed_at) FROM inbox WHERE consumer = 'signalering'
        """;

    private const string SignalsSql = """
        SELECT pupil_pseudonym AS pupil, signal_id AS id, kind, status AS state, begindatum::text AS begindatum, einddatum::text AS einddatum
        FROM signals ORDER BY pupil_pseudonym, signal_id, brin, vestiging
        """;

    private const string MeldingenSql = """
        SELECT pupil_pseudonym AS pupil, melding_id::text AS id, kind, state, begindatum::text AS begindatum, NULL::text AS einddatum
        FROM meldingen ORDER BY pupil_pseudonym, melding_id
        """;

    public async Task<PipelineCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.QuerySingleAsync<PipelineCounts>(new CommandDefinition(CountsSql, cancellationToken: cancellationToken));
    }

    /// <summary>Whether the server records commit times (track_commit_timestamp), so <see cref="EvaluatedAtAsync"/> gives commits.</summary>
    public async Task<bool> RecordsCommitTimesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(CommitTimestampsSql, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// When the last event was done (evaluated, and what its evaluation wrote relayed), from the commit times; null when
    /// nothing was evaluated. Needs track_commit_timestamp (see <see cref="RecordsCommitTimesAsync"/>).
    /// </summary>
    public async Task<DateTime?> DoneAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(DoneAtSql, cancellationToken: cancellationToken));
    }

    /// <summary>When each message was stored (the ledger's recorded_at), read as a stream.</summary>
    public IAsyncEnumerable<(Guid MessageId, DateTime At)> StoredAtAsync(CancellationToken cancellationToken) =>
        TimesAsync(StoredAtSql, cancellationToken);

    /// <summary>
    /// When the evaluation of each message committed its signalering inbox row: the commit time when
    /// <paramref name="commitTimes"/> (see <see cref="RecordsCommitTimesAsync"/>), else when that transaction began.
    /// </summary>
    public IAsyncEnumerable<(Guid MessageId, DateTime At)> EvaluatedAtAsync(bool commitTimes, CancellationToken cancellationToken) =>
        TimesAsync(commitTimes ? EvaluationCommittedSql : EvaluationStartedSql, cancellationToken);

    /// <summary>Every finding (signals) and every melding, by pupil pseudonym: what the rules decided.</summary>
    public async Task<PupilOutcomes> OutcomesAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var signals = await connection.QueryAsync<PupilOutcome>(new CommandDefinition(SignalsSql, cancellationToken: cancellationToken));
        var meldingen = await connection.QueryAsync<PupilOutcome>(new CommandDefinition(MeldingenSql, cancellationToken: cancellationToken));
        return new PupilOutcomes(signals.ToList(), meldingen.ToList());
    }

    private async IAsyncEnumerable<(Guid MessageId, DateTime At)> TimesAsync(string sql, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return (reader.GetGuid(0), reader.GetDateTime(1));
        }
    }
}

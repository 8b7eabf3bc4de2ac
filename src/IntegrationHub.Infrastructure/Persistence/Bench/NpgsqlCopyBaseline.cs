using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>
/// The raw PostgreSQL baseline of <c>hub bench</c>: binary COPY of rows of the ledger's shape (same columns, json
/// payload, the ledger's two indexes) into an unlogged table, in one transaction. Returns rows per second.
/// </summary>
public static class NpgsqlCopyBaseline
{
    private const string CreateSql = """
        DROP TABLE IF EXISTS bench_copy_baseline;
        CREATE UNLOGGED TABLE bench_copy_baseline (
          sequence         bigserial   PRIMARY KEY,
          message_id       uuid        NOT NULL,
          pupil_pseudonym  text        NOT NULL,
          brin             text        NOT NULL,
          vestiging        text        NOT NULL,
          event_type       text        NOT NULL,
          occurred_at      timestamptz NOT NULL,
          recorded_at      timestamptz NOT NULL,
          payload          json        NOT NULL);
        CREATE INDEX bench_copy_baseline_pupil ON bench_copy_baseline (pupil_pseudonym, sequence);
        """;

    private const string CopySql = """
        COPY bench_copy_baseline (message_id, pupil_pseudonym, brin, vestiging, event_type, occurred_at, recorded_at, payload)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task<double> RunAsync(string connectionString, IReadOnlyList<LedgerShapedRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(CreateSql, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await using (var writer = await connection.BeginBinaryImportAsync(CopySql, cancellationToken))
            {
                foreach (var row in rows)
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(row.MessageId, NpgsqlDbType.Uuid, cancellationToken);
                    await writer.WriteAsync(row.PupilPseudonym, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(row.Brin, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(row.Vestiging, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(row.EventType, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(row.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
                    await writer.WriteAsync(DateTimeOffset.UtcNow, NpgsqlDbType.TimestampTz, cancellationToken);
                    await writer.WriteAsync(row.Payload, NpgsqlDbType.Json, cancellationToken);
                }

                await writer.CompleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        stopwatch.Stop();
        await using (var drop = new NpgsqlCommand("DROP TABLE bench_copy_baseline", connection))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return rows.Count / stopwatch.Elapsed.TotalSeconds;
    }
}

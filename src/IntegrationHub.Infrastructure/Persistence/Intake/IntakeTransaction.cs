using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>
/// One intake unit of work: its connection, transaction and token. A statement whose result the intake does not need
/// is queued (<see cref="Enqueue"/>) and goes to PostgreSQL, in order, together with the next statement whose result
/// it does need, in one round trip (an NpgsqlBatch); whatever is left goes with the commit. A queued statement that
/// PostgreSQL refuses fails that later call or the commit, and the whole transaction with it.
/// </summary>
internal sealed class IntakeTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    private readonly List<NpgsqlBatchCommand> _queued = [];
    private readonly Queue<long> _ledgerSequences = new();
    private readonly List<PupilEventRecorded> _pupilEvents = [];
    private bool _outboxWritten;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Queues a statement whose result is not needed.</summary>
    public void Enqueue(string sql, object parameters) => _queued.Add(Command(sql, parameters));

    /// <summary>Sends the queued statements and this one in one round trip; returns the rows this one affected.</summary>
    public async Task<int> ExecuteAsync(string sql, object parameters)
    {
        var command = Command(sql, parameters);
        _queued.Add(command);
        await FlushAsync();
        return command.RecordsAffected;
    }

    public async Task<T?> SingleOrDefaultAsync<T>(string sql, object parameters)
    {
        await FlushAsync();
        return await connection.QuerySingleOrDefaultAsync<T>(Dapper(sql, parameters));
    }

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object parameters)
    {
        await FlushAsync();
        return await connection.QueryAsync<T>(Dapper(sql, parameters));
    }

    /// <summary>
    /// Queues an outbox row, written by <see cref="OutboxWriter"/>; the relay is woken once,
    /// on commit. <paramref name="destination"/> null: a publish to the message type's exchange.
    /// </summary>
    public void EnqueueOutbox(Uri? destination, object message, Type messageType, OutboxHeaders? headers = null)
    {
        _queued.Add(OutboxWriter.InsertCommand(destination, message, messageType, headers));
        _outboxWritten = true;
    }

    /// <summary>
    /// Keeps a pupil event appended to the ledger for signalering. On commit the transaction's events go to the outbox
    /// as one <see cref="PupilEventsRecorded"/>, in the order they were appended (ledger order): one broker message per
    /// intake batch instead of one per event.
    /// </summary>
    public void RecordPupilEvent(PupilEventRecorded recorded) => _pupilEvents.Add(recorded);

    /// <summary>Takes <paramref name="count"/> ledger sequence numbers in one round trip, for <see cref="NextLedgerSequence"/>.</summary>
    public async Task ReserveLedgerSequencesAsync(int count)
    {
        if (count == 0)
        {
            return;
        }

        await FlushAsync();
        foreach (var sequence in await connection.QueryAsync<long>(Dapper(IntakeSql.ReserveLedgerSequences, new { Count = count })))
        {
            _ledgerSequences.Enqueue(sequence);
        }
    }

    /// <summary>The next reserved ledger sequence number, in the order they were reserved (ascending).</summary>
    public long NextLedgerSequence() => _ledgerSequences.Dequeue();

    public async Task CommitAsync()
    {
        if (_pupilEvents.Count > 0)
        {
            EnqueueOutbox(null, new PupilEventsRecorded([.. _pupilEvents]), typeof(PupilEventsRecorded));
        }

        if (_outboxWritten)
        {
            _queued.Add(OutboxWriter.NotifyCommand());
        }

        await FlushAsync();
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task FlushAsync()
    {
        if (_queued.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in _queued)
        {
            batch.BatchCommands.Add(command);
        }

        _queued.Clear();
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Command(string sql, object parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        SqlParameters.AddTo(command.Parameters, parameters);
        return command;
    }

    private CommandDefinition Dapper(string sql, object parameters) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}

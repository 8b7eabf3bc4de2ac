using Dapper;
using IntegrationHub.Application.Intake.Records;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>
/// One intake unit of work: its connection, transaction and token. A statement whose result the intake does not need
/// is queued (<see cref="Enqueue"/>) and goes to PostgreSQL, in order, together with the next statement whose result
/// it does need, in one round trip (an NpgsqlBatch); whatever is left goes with the COMMIT, in the same round trip. A queued statement that
/// PostgreSQL refuses fails that later call or the commit, and the whole transaction with it.
/// Ledger rows and outbox rows, which nothing in the intake reads back, are kept apart and written at the commit with
/// one statement each (the ledger's in sequence order, the outbox's in the order they were queued), instead of one
/// statement per row: per-statement work was most of the intake's share of the profile. So are a pupil event's identity
/// and school-pupil rows and its record claims (<see cref="IntakePupilWrites"/>), one statement per table, sent ahead of
/// whatever else goes in the next round trip. A school that chose batched
/// acceptance gets one SubmissionsAccepted for the transaction's accepted messages, queued last.
/// </summary>
internal sealed class IntakeTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
{
    private readonly List<NpgsqlBatchCommand> _queued = [];
    private readonly Queue<long> _ledgerSequences = new();
    private readonly List<PupilEventRecorded> _pupilEvents = [];
    private readonly List<LedgerAppend> _ledger = [];
    private readonly List<OutboxInsert> _outbox = [];
    private readonly HashSet<string> _batchedAcceptance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SubmissionAccepted>> _acceptedBatches = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pupil, string Kind, string Id), HashSet<SchoolLocation>> _recordHolders = [];
    private readonly IntakePupilWrites _pupilWrites = new();

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Queues a statement whose result is not needed.</summary>
    public void Enqueue(string sql, object parameters) => _queued.Add(SqlParameters.Command(sql, parameters));

    /// <summary>Sends the queued statements and this one in one round trip; returns the rows this one affected.</summary>
    public async Task<int> ExecuteAsync(string sql, object parameters)
    {
        var command = SqlParameters.Command(sql, parameters);
        _queued.Add(command);
        await FlushAsync();
        return command.RecordsAffected;
    }

    public async Task<T?> SingleOrDefaultAsync<T>(string sql, object parameters)
    {
        await FlushAsync();
        return await connection.QuerySingleOrDefaultAsync<T>(Dapper(sql, parameters));
    }

    /// <summary>
    /// Queues an outbox row, written by <see cref="OutboxWriter"/>; the relay is woken once,
    /// on commit. <paramref name="destination"/> null: a publish to the message type's exchange.
    /// </summary>
    public void EnqueueOutbox(Uri? destination, object message, Type messageType, OutboxHeaders? headers = null) =>
        _outbox.Add(OutboxWriter.Prepare(destination, message, messageType, headers));

    /// <summary>Keeps a ledger row (its sequence from <see cref="NextLedgerSequence"/>) for the commit's one ledger insert.</summary>
    public void AppendLedger(LedgerAppend row) => _ledger.Add(row);

    /// <summary>
    /// Keeps a pupil event appended to the ledger for signalering. On commit the transaction's events go to the outbox
    /// as one <see cref="PupilEventsRecorded"/>, in the order they were appended (ledger order): one broker message per
    /// intake batch instead of one per event.
    /// </summary>
    public void RecordPupilEvent(PupilEventRecorded recorded) => _pupilEvents.Add(recorded);

    /// <summary>
    /// Starts the unit of work in one round trip: takes <paramref name="ledgerCount"/> ledger sequence numbers, for
    /// <see cref="NextLedgerSequence"/>, learns which of <paramref name="senders"/> take their acceptances in batches
    /// (<see cref="AnswerAccepted"/>), which school locations hold the records that <paramref name="changes"/> name
    /// (<see cref="HoldersOf"/>), and runs <paramref name="claim"/>, a statement that returns ids (the batch's submission
    /// rows), whose ids it returns. Reading the holders here, once, instead of once per change message, saved two round
    /// trips per correction, retraction or recovery (the query and the flush before it); the claim here instead of in a
    /// round trip of its own saved one per batch.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> BeginAsync(
        int ledgerCount, IReadOnlyCollection<string> senders, IReadOnlyCollection<SchoolRecord> changes, (string Sql, object Parameters)? claim = null)
    {
        var keys = changes.Select(Key).Distinct().ToArray();
        foreach (var key in keys)
        {
            _recordHolders[key] = [];
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        if (ledgerCount > 0)
        {
            batch.BatchCommands.Add(SqlParameters.Command(IntakeSql.ReserveLedgerSequences, new { Count = ledgerCount }));
        }

        if (senders.Count > 0)
        {
            batch.BatchCommands.Add(SqlParameters.Command(IntakeSql.BatchedAcceptanceSchools, new { Brins = senders.ToArray() }));
        }

        if (keys.Length > 0)
        {
            batch.BatchCommands.Add(SqlParameters.Command(IntakeSql.RecordHolders, new
            {
                Pupils = keys.Select(k => k.Pupil).ToArray(),
                Kinds = keys.Select(k => k.Kind).ToArray(),
                Ids = keys.Select(k => k.Id).ToArray(),
            }));
        }

        if (claim is { } claimed)
        {
            batch.BatchCommands.Add(SqlParameters.Command(claimed.Sql, claimed.Parameters));
        }

        if (batch.BatchCommands.Count == 0)
        {
            return [];
        }

        await FlushAsync();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (ledgerCount > 0)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _ledgerSequences.Enqueue(reader.GetInt64(0));
            }

            await reader.NextResultAsync(cancellationToken);
        }

        if (senders.Count > 0)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _batchedAcceptance.Add(reader.GetString(0));
            }

            await reader.NextResultAsync(cancellationToken);
        }

        if (keys.Length > 0)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _recordHolders[(reader.GetString(0), reader.GetString(1), reader.GetString(2))].Add(new SchoolLocation(reader.GetString(3), reader.GetString(4)));
            }

            await reader.NextResultAsync(cancellationToken);
        }

        var ids = new List<Guid>();
        if (claim is not null)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetGuid(0));
            }
        }

        return ids;
    }

    /// <summary>
    /// The school locations holding the record <paramref name="change"/> names: as read by <see cref="BeginAsync"/>,
    /// plus those this transaction claimed since (<see cref="ClaimRecord"/>), as a query at this point would return them.
    /// </summary>
    public IReadOnlyCollection<SchoolLocation> HoldersOf(SchoolRecord change) =>
        _recordHolders.TryGetValue(Key(change), out var holders)
            ? holders
            : throw new InvalidOperationException("The record's holders were not read when the transaction began.");

    /// <summary>
    /// Keeps the claim of <paramref name="record"/> for its school location (<see cref="PupilWrites"/>), and remembers it
    /// for <see cref="HoldersOf"/>.
    /// </summary>
    public void ClaimRecord(SchoolRecord record, DateTimeOffset recordedAt)
    {
        _pupilWrites.Claim(record, recordedAt);
        if (_recordHolders.TryGetValue(Key(record), out var holders))
        {
            holders.Add(record.School);
        }
    }

    /// <summary>
    /// A pupil event's identity and school-pupil rows and its record claims, written as one statement per table before
    /// the next statement that reads and at the commit (<see cref="IntakePupilWrites"/>).
    /// </summary>
    public IntakePupilWrites PupilWrites => _pupilWrites;

    private static (string Pupil, string Kind, string Id) Key(SchoolRecord record) => (record.Pupil, record.Kind, record.Id);

    /// <summary>
    /// Answers an accepted message on the sender's feedback queue: a SubmissionAccepted of its own, or, for a school that
    /// chose batched acceptance, an item of the one <see cref="SubmissionsAccepted"/> the commit sends it.
    /// </summary>
    public void AnswerAccepted(string senderBrin, SubmissionAccepted message)
    {
        if (!_batchedAcceptance.Contains(senderBrin))
        {
            EnqueueOutbox(Topology.FeedbackAddress(senderBrin), message, typeof(SubmissionAccepted), new OutboxHeaders(CorrelationId: message.CorrelationId));
            return;
        }

        if (!_acceptedBatches.TryGetValue(senderBrin, out var accepted))
        {
            _acceptedBatches.Add(senderBrin, accepted = []);
        }

        accepted.Add(message);
    }

    /// <summary>The next reserved ledger sequence number, in the order they were reserved (ascending).</summary>
    public long NextLedgerSequence() => _ledgerSequences.Dequeue();

    public async Task CommitAsync()
    {
        foreach (var (brin, accepted) in _acceptedBatches)
        {
            var batchId = Guid.CreateVersion7();
            EnqueueOutbox(Topology.FeedbackAddress(brin), new SubmissionsAccepted { BatchId = batchId, Brin = brin, Accepted = accepted },
                typeof(SubmissionsAccepted), new OutboxHeaders(MessageId: batchId));
        }

        _acceptedBatches.Clear();
        if (_pupilEvents.Count > 0)
        {
            EnqueueOutbox(null, new PupilEventsRecorded([.. _pupilEvents]), typeof(PupilEventsRecorded));
        }

        _queued.InsertRange(0, _pupilWrites.TakeCommands());
        if (_ledger.Count > 0)
        {
            _queued.Add(LedgerCommand(_ledger));
            _ledger.Clear();
        }

        if (_outbox.Count > 0)
        {
            _queued.Add(OutboxWriter.InsertManyCommand(_outbox));
            _queued.Add(OutboxWriter.NotifyCommand());
            _outbox.Clear();
        }

        await CommitInBatch.ExecuteAsync(connection, transaction, _queued, cancellationToken);
        _queued.Clear();
    }

    private async Task FlushAsync()
    {
        _queued.InsertRange(0, _pupilWrites.TakeCommands());
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

    private static NpgsqlBatchCommand LedgerCommand(List<LedgerAppend> rows)
    {
        var command = new NpgsqlBatchCommand(IntakeSql.AppendLedger);
        command.Parameters.Add(new NpgsqlParameter("Sequences", rows.ConvertAll(r => r.Sequence).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("MessageIds", rows.ConvertAll(r => r.MessageId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("Pupils", rows.ConvertAll(r => r.PupilPseudonym).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("Brins", rows.ConvertAll(r => r.Brin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("Vestigingen", rows.ConvertAll(r => r.Vestiging).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("EventTypes", rows.ConvertAll(r => r.EventType).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("OccurredAts", rows.ConvertAll(r => r.OccurredAt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("RecordedAts", rows.ConvertAll(r => r.RecordedAt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter("Payloads", rows.ConvertAll(r => r.Payload).ToArray()));
        return command;
    }

    private CommandDefinition Dapper(string sql, object parameters) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}

/// <summary>One pupil event for the ledger, as the intake appends it (times in UTC, the payload as JSON text).</summary>
internal sealed record LedgerAppend(
    long Sequence, Guid MessageId, string PupilPseudonym, string Brin, string Vestiging, string EventType,
    DateTimeOffset OccurredAt, DateTimeOffset RecordedAt, string Payload);

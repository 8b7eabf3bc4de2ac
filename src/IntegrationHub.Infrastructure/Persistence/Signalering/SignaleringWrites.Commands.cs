using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The statements that write <see cref="SignaleringWrites"/>: one per table, many rows each, in one round trip with the commit.</summary>
internal sealed partial class SignaleringWrites
{
    /// <summary>Writes everything and commits, in one round trip (<see cref="CommitInBatch"/>).</summary>
    public Task CommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken) =>
        CommitInBatch.ExecuteAsync(connection, transaction, Commands(now), cancellationToken);

    private IEnumerable<NpgsqlBatchCommand> Commands(DateTimeOffset now)
    {
        var at = ("Now", (object?)now);
        if (_states.Count > 0)
        {
            var keys = _states.Keys.ToList();
            yield return SignaleringCommands.Of(SignaleringSql.SaveStates, [.. PupilKey.Arrays(keys),
                ("States", keys.Select(k => PupilStateJson.Write(_states[k].State)).ToArray()), ("Evaluations", keys.Select(k => _states[k].Evaluations).ToArray()), at]);
        }

        var upserts = _signals.Values.Select(s => s.Upsert).OfType<SignalRow>().ToList();
        if (upserts.Count > 0)
        {
            yield return SignaleringCommands.Of(SignaleringSql.UpsertSignals,
                ("SignalIds", upserts.Select(s => s.SignalId).ToArray()), ("Pupils", upserts.Select(s => s.Pupil).ToArray()),
                ("Brins", upserts.Select(s => s.Brin).ToArray()), ("Vestigingen", upserts.Select(s => s.Vestiging).ToArray()),
                ("Kinds", upserts.Select(s => s.Kind).ToArray()), ("Recipients", upserts.Select(s => s.Recipient).ToArray()),
                ("Begindata", upserts.Select(s => s.Begindatum).ToArray()), ("Einddata", upserts.Select(s => s.Einddatum).ToArray()),
                ("DueDates", upserts.Select(s => s.DueDate).ToArray()), ("Payloads", upserts.Select(s => s.Payload).ToArray()), at);
        }

        var withdrawals = _signals.Where(s => s.Value.WithdrawalReason is not null).ToList();
        if (withdrawals.Count > 0)
        {
            yield return SignaleringCommands.Of(SignaleringSql.WithdrawSignals,
                ("SignalIds", withdrawals.Select(w => w.Key.SignalId).ToArray()), ("Brins", withdrawals.Select(w => w.Key.Brin).ToArray()),
                ("Vestigingen", withdrawals.Select(w => w.Key.Vestiging).ToArray()),
                ("Reasons", withdrawals.Select(w => w.Value.WithdrawalReason!).ToArray()), at);
        }

        if (_meldingen.Count > 0 || _history.Count > 0)
        {
            var m = _meldingen.Values.ToList();
            yield return SignaleringCommands.Of(SignaleringSql.UpsertMeldingen,
                ("MeldingIds", m.Select(r => r.MeldingId).ToArray()), ("FindingIds", m.Select(r => r.FindingId).ToArray()),
                ("Pupils", m.Select(r => r.Pupil).ToArray()), ("Brins", m.Select(r => r.Brin).ToArray()),
                ("Vestigingen", m.Select(r => r.Vestiging).ToArray()), ("Kinds", m.Select(r => r.Kind).ToArray()),
                ("States", m.Select(r => r.State).ToArray()), ("Begindata", m.Select(r => r.Begindatum).ToArray()),
                ("Einddata", m.Select(r => r.Einddatum).ToArray()), ("Deadlines", m.Select(r => r.Deadline).ToArray()),
                ("SettlesAt", m.Select(r => r.SettlesAt).ToArray()), ("FollowsMeldingIds", m.Select(r => r.FollowsMeldingId).ToArray()),
                ("Payloads", m.Select(r => r.Payload).ToArray()),
                ("HistoryMeldingIds", _history.Select(h => h.MeldingId).ToArray()), ("HistoryEvents", _history.Select(h => h.Event).ToArray()),
                ("HistoryStates", _history.Select(h => h.State).ToArray()), ("HistoryDetails", _history.Select(h => h.Detail).ToArray()),
                ("HistoryIfNew", _history.Select(h => h.IfNew).ToArray()), at);
        }

        if (_sentNotices.Count > 0)
        {
            yield return SignaleringCommands.Of(SignaleringSql.SetSentNotices,
                ("MeldingIds", _sentNotices.Keys.ToArray()), ("Notices", _sentNotices.Values.ToArray()));
        }

        if (_outbox.Count > 0)
        {
            foreach (var command in OutboxWriter.EnqueueCommands(_outbox))
            {
                yield return command;
            }
        }

        if (_digestItems.Count > 0)
        {
            var items = _digestItems.ToList();
            yield return SignaleringCommands.Of(SignaleringSql.UpsertDigestItems,
                ("Brins", items.Select(i => i.Key.Brin).ToArray()), ("Vestigingen", items.Select(i => i.Key.Vestiging).ToArray()),
                ("FindingIds", items.Select(i => i.Key.FindingId).ToArray()), ("Pupils", items.Select(i => i.Key.Pupil).ToArray()),
                ("Payloads", items.Select(i => i.Value).ToArray()), at);
        }

        if (_digestsDue.Count > 0)
        {
            yield return SignaleringCommands.Of(SignaleringSql.SetDuesNoLater, ("Kind", NpgsqlFindingDigestStore.DueKind),
                ("Subjects", _digestsDue.Keys.ToArray()), ("DueAts", _digestsDue.Values.ToArray()));
        }

        var due = _pupilsDue.Where(d => d.Value is not null).ToList();
        if (due.Count > 0)
        {
            yield return SignaleringCommands.Of(SignaleringSql.SetDues, ("Kind", NpgsqlSignaleringStore.PupilDueKind),
                ("Subjects", due.Select(d => d.Key).ToArray()), ("DueAts", due.Select(d => d.Value!.Value).ToArray()));
        }

        var clear = _pupilsDue.Where(d => d.Value is null).Select(d => d.Key).ToArray();
        if (clear.Length > 0)
        {
            yield return SignaleringCommands.Of(SignaleringSql.ClearDues, ("Kind", NpgsqlSignaleringStore.PupilDueKind), ("Subjects", clear));
        }
    }
}

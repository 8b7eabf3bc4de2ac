using IntegrationHub.Application.Intake.Records;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>
/// The rows an intake transaction writes for every pupil event besides its ledger row: the pupil's identity, its LVS key
/// at the school location, and the school's claim of the record id. They used to be three statements per event (three
/// hundred per batch of a hundred, each parsed, bound and executed on its own); they are kept here and written as one
/// statement per table, folded to what the statements one by one would have left:
/// <list type="bullet">
/// <item>an identity: the first one seen for a pseudonym (a known pseudonym keeps its row);</item>
/// <item>a school pupil: the last LVS key given for the location, stamped with the time the key last changed within the
/// batch (or, when it did not change within the batch, the first time it was given, as the first statement would have
/// written or updated it);</item>
/// <item>a record claim: once per pupil, record and location, at the time it was first claimed.</item>
/// </list>
/// Each statement takes its rows in key order, so two batches never wait on each other's rows in opposite orders.
/// </summary>
internal sealed class IntakePupilWrites
{
    private readonly Dictionary<string, (string NummerSoort, string Nummer, DateTimeOffset FirstSeenAt)> _identities = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Pupil, string Brin, string Vestiging), SchoolPupilKey> _schoolPupils = [];
    private readonly Dictionary<(string Pupil, string Kind, string Id, string Brin, string Vestiging), DateTimeOffset> _claims = [];

    public bool IsEmpty => _identities.Count == 0 && _schoolPupils.Count == 0 && _claims.Count == 0;

    public void Identity(string pseudonym, string nummerSoort, string nummer, DateTimeOffset seenAt) =>
        _identities.TryAdd(pseudonym, (nummerSoort, nummer, seenAt));

    public void SchoolPupil(string pseudonym, string brin, string vestiging, string lvsPupilKey, DateTimeOffset at)
    {
        var key = (pseudonym, brin, vestiging);
        if (!_schoolPupils.TryGetValue(key, out var current))
        {
            _schoolPupils.Add(key, new SchoolPupilKey(lvsPupilKey, at, ChangedInBatch: false));
        }
        else if (!string.Equals(current.LvsPupilKey, lvsPupilKey, StringComparison.Ordinal))
        {
            _schoolPupils[key] = new SchoolPupilKey(lvsPupilKey, at, ChangedInBatch: true);
        }
    }

    public void Claim(SchoolRecord record, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(record);
        _claims.TryAdd((record.Pupil, record.Kind, record.Id, record.School.Brin, record.School.Vestiging), at);
    }

    /// <summary>The statements for what was kept so far (none for an empty table), and a fresh start.</summary>
    public IEnumerable<NpgsqlBatchCommand> TakeCommands()
    {
        var commands = new List<NpgsqlBatchCommand>(3);
        if (_identities.Count > 0)
        {
            var rows = _identities.ToList();
            commands.Add(SqlParameters.Command(IntakeSql.UpsertPupilIdentities, new
            {
                Pseudonyms = rows.ConvertAll(r => r.Key).ToArray(),
                NummerSoorten = rows.ConvertAll(r => r.Value.NummerSoort).ToArray(),
                Nummers = rows.ConvertAll(r => r.Value.Nummer).ToArray(),
                FirstSeenAts = rows.ConvertAll(r => r.Value.FirstSeenAt).ToArray(),
            }));
        }

        if (_schoolPupils.Count > 0)
        {
            var rows = _schoolPupils.ToList();
            commands.Add(SqlParameters.Command(IntakeSql.UpsertSchoolPupils, new
            {
                Pupils = rows.ConvertAll(r => r.Key.Pupil).ToArray(),
                Brins = rows.ConvertAll(r => r.Key.Brin).ToArray(),
                Vestigingen = rows.ConvertAll(r => r.Key.Vestiging).ToArray(),
                LvsPupilKeys = rows.ConvertAll(r => r.Value.LvsPupilKey).ToArray(),
                UpdatedAts = rows.ConvertAll(r => r.Value.At).ToArray(),
                Changed = rows.ConvertAll(r => r.Value.ChangedInBatch).ToArray(),
            }));
        }

        if (_claims.Count > 0)
        {
            var rows = _claims.ToList();
            commands.Add(SqlParameters.Command(IntakeSql.ClaimSchoolRecords, new
            {
                Pupils = rows.ConvertAll(r => r.Key.Pupil).ToArray(),
                Kinds = rows.ConvertAll(r => r.Key.Kind).ToArray(),
                Ids = rows.ConvertAll(r => r.Key.Id).ToArray(),
                Brins = rows.ConvertAll(r => r.Key.Brin).ToArray(),
                Vestigingen = rows.ConvertAll(r => r.Key.Vestiging).ToArray(),
                RecordedAts = rows.ConvertAll(r => r.Value).ToArray(),
            }));
        }

        _identities.Clear();
        _schoolPupils.Clear();
        _claims.Clear();
        return commands;
    }

    private sealed record SchoolPupilKey(string LvsPupilKey, DateTimeOffset At, bool ChangedInBatch);
}

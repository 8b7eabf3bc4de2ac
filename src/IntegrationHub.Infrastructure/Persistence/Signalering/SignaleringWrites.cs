using System.Text.Json;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>
/// What one or more evaluations store, gathered in the order they happened and written in one round trip: the
/// pupils' states, findings, meldingen with their history, outbox rows, digest items and due checks. Each evaluation
/// is taken apart when it is added (the domain changes its meldingen in place), and a row written more than once keeps
/// its latest content, as if each evaluation had been stored on its own.
/// </summary>
internal sealed partial class SignaleringWrites
{
    /// <summary>A pupil's latest state (serialised at the commit: only the last one is stored) and how many evaluations led to it.</summary>
    private readonly Dictionary<PupilKey, (PupilState State, int Evaluations)> _states = [];
    private readonly Dictionary<(string SignalId, string Brin, string Vestiging), SignalWrite> _signals = [];
    private readonly Dictionary<Guid, MeldingRow> _meldingen = [];
    private readonly List<HistoryRow> _history = [];
    private readonly Dictionary<Guid, string> _sentNotices = [];
    private readonly List<OutboxInsert> _outbox = [];
    private readonly Dictionary<(string Brin, string Vestiging, string Pupil, string FindingId), string> _digestItems = [];
    private readonly Dictionary<string, DateTimeOffset> _digestsDue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset?> _pupilsDue = new(StringComparer.Ordinal);

    public void Add(string pupil, SchoolLocation school, PupilEvaluationResult result, DateTimeOffset digestDueAt)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(result);
        var key = PupilKey.Of(pupil, school);
        if (result.Rules is { } rules)
        {
            _states[key] = (rules.State, _states.GetValueOrDefault(key).Evaluations + 1);
            AddFindings(key, rules);
        }

        AddMeldingen(key, result);
        foreach (var message in result.Messages.PartnerBound)
        {
            _outbox.Add(OutboxWriter.Prepare(null, message, message.GetType()));
        }

        foreach (var message in result.Messages.ToSchool)
        {
            _outbox.Add(OutboxWriter.Prepare(Topology.FeedbackAddress(school.Brin), message, message.GetType()));
        }

        foreach (var item in result.Messages.Digest)
        {
            _digestItems[(school.Brin, school.Vestiging, pupil, item.FindingId)] = JsonSerializer.Serialize(item, HubJson.Options);
        }

        if (result.Messages.Digest.Count > 0)
        {
            var digest = NpgsqlFindingDigestStore.Subject(school);
            _digestsDue[digest] = _digestsDue.TryGetValue(digest, out var earlier) && earlier < digestDueAt ? earlier : digestDueAt;
        }

        _pupilsDue[NpgsqlSignaleringStore.Subject(pupil, school)] = result.NextDueAt;
    }

    private void AddFindings(PupilKey key, SignaleringResult rules)
    {
        foreach (var signal in rules.Raised.Concat(rules.Updated))
        {
            _signals[(signal.SignalId, key.Brin, key.Vestiging)] = new SignalWrite(new SignalRow(
                signal.SignalId, key.Pupil, key.Brin, key.Vestiging, SignalCodes.Of(signal.Kind), SignalCodes.Of(signal.Recipient),
                signal.Begindatum, signal.Einddatum, signal.DueDate, JsonSerializer.Serialize(signal, HubJson.Options)), null);
        }

        foreach (var withdrawal in rules.Withdrawn)
        {
            var id = (withdrawal.SignalId, key.Brin, key.Vestiging);
            _signals[id] = new SignalWrite(_signals.GetValueOrDefault(id)?.Upsert, withdrawal.Reason);
        }
    }

    private void AddMeldingen(PupilKey key, PupilEvaluationResult result)
    {
        foreach (var melding in result.Meldingen.Changed)
        {
            var first = !_meldingen.ContainsKey(melding.MeldingId);
            _meldingen[melding.MeldingId] = new MeldingRow(
                melding.MeldingId, melding.FindingId, key.Pupil, key.Brin, key.Vestiging, SignalCodes.Of(melding.Kind),
                MeldingJson.StateCode(melding.State), melding.Begindatum, melding.Einddatum, melding.Deadline, melding.SettlesAt,
                melding.FollowsMeldingId, MeldingJson.Write(melding));
            if (first)
            {
                _history.Add(new HistoryRow(melding.MeldingId, "concept", MeldingJson.StateCode(melding.State), null, IfNew: true));
            }
        }

        foreach (var effect in result.Meldingen.Effects.Where(e => e is not DecisionRefused))
        {
            _history.Add(new HistoryRow(effect.Melding.MeldingId, HistoryEvent(effect), MeldingJson.StateCode(effect.Melding.State), Detail(effect), IfNew: false));
        }

        foreach (var (meldingId, notice) in result.Messages.SentNotices)
        {
            _sentNotices[meldingId] = JsonSerializer.Serialize(notice, HubJson.Options);
        }
    }

    private static string HistoryEvent(MeldingEffect effect) => effect switch
    {
        MeldingMade => "gereed",
        ApprovalRequested { IsReminder: true } => "herinnering-akkoord",
        ApprovalRequested => "akkoord-gevraagd",
        EinddatumSet => "einddatum",
        DecisionRequired => "beslissing-nodig",
        Domain.Meldingen.MeldingWithdrawn => "ingetrokken",
        MeldingNoted n => n.Note,
        _ => effect.GetType().Name,
    };

    private static string? Detail(MeldingEffect effect) => effect switch
    {
        EinddatumSet e => e.Einddatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DecisionRequired d => d.Correction,
        Domain.Meldingen.MeldingWithdrawn w => w.Reason,
        _ => effect.Melding.ClosedReason,
    };

    private sealed record SignalRow(
        string SignalId, string Pupil, string Brin, string Vestiging, string Kind, string Recipient,
        DateOnly Begindatum, DateOnly? Einddatum, DateOnly? DueDate, string Payload);

    /// <summary>A signal's latest content in the batch (if any), and the reason it was withdrawn after that (if it was).</summary>
    private sealed record SignalWrite(SignalRow? Upsert, string? WithdrawalReason);

    private sealed record MeldingRow(
        Guid MeldingId, string FindingId, string Pupil, string Brin, string Vestiging, string Kind, string State,
        DateOnly Begindatum, DateOnly? Einddatum, DateOnly? Deadline, DateTimeOffset? SettlesAt, Guid? FollowsMeldingId, string Payload);

    private sealed record HistoryRow(Guid MeldingId, string Event, string State, string? Detail, bool IfNew);
}

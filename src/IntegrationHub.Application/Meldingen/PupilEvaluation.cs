using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// The one use case behind everything that happens to a pupil at a school, pure and in one place: a new event runs
/// the rules and then the melding decisions; a due time runs the melding decisions alone; the school's answer
/// decides about one melding. Each returns the new state, the changed meldingen, the messages and the next due time,
/// for the caller to store in one transaction (worker) or keep in memory (replay).
/// </summary>
public static class PupilEvaluation
{
    /// <summary>
    /// A new event. When the rule state is folded and the event reaches behind it, the result says
    /// <see cref="PupilEvaluationResult.NeedsHistory"/> and changes nothing: call again with the pupil's events at the
    /// school from the ledger (<paramref name="history"/>) and store that result instead.
    /// </summary>
    /// <param name="cause">The school message that carried the event (its trace travels on to what this sends).</param>
    public static PupilEvaluationResult OnEvent(
        PupilState? state, MeldingBook book, PupilEvent @event, SignaleringContext rules, MeldingContext meldingen, string? lvsPupilKey, DateTimeOffset now,
        IReadOnlyList<PupilEvent>? history = null, SchoolMessageCause? cause = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(@event);
        var before = state?.Signals.ToDictionary(s => s.SignalId, StringComparer.Ordinal) ?? [];
        var result = history is null
            ? SignaleringEngine.Apply(state, @event, rules, now)
            : SignaleringEngine.ApplyWithHistory(state, @event, history, rules, now);
        if (result.NeedsHistory)
        {
            return new PupilEvaluationResult(state, book, result, MeldingOutcome.None, new Builder(lvsPupilKey ?? string.Empty, now, state, meldingen).Build());
        }

        var corrections = result.Withdrawn.ToDictionary(w => w.SignalId, w => w.Reason, StringComparer.Ordinal);
        var outcome = MeldingDesk.Reconcile(book, result.State.Signals, meldingen, now, corrections, applyDue: false);
        RoutingFacts.Attribute(outcome.Changed, cause);
        var key = lvsPupilKey ?? string.Empty;
        var messages = new Builder(key, now, result.State, meldingen);
        messages.School.AddRange(result.Raised.Select(s => FindingMessages.Raised(s, book, key, now)));
        messages.Digest.AddRange(result.Updated.Select(s => FindingMessages.Changed(s, book, key, now)));
        messages.Digest.AddRange(result.Withdrawn.Select(w => FindingMessages.Dropped(w, before.GetValueOrDefault(w.SignalId), book, key, now)));
        messages.Add(outcome, decisionMessageId: null);
        if (@event is Domain.Events.MazlConversationRecorded conversation)
        {
            var answer = MazlConversations.Answer(conversation, result.State, meldingen, key, cause, now);
            (answer is MazlReferralRequested ? messages.Partner : messages.School).Add(answer);
        }

        return new PupilEvaluationResult(result.State, book, result, outcome, messages.Build());
    }

    /// <summary>Time passed: settles what is due (no rules run; the findings are the state's active signals).</summary>
    public static PupilEvaluationResult OnDue(PupilState? state, MeldingBook book, MeldingContext meldingen, string? lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(book);
        var outcome = MeldingDesk.Reconcile(book, state?.Signals ?? [], meldingen, now);
        var messages = new Builder(lvsPupilKey ?? string.Empty, now, state, meldingen);
        messages.Add(outcome, decisionMessageId: null);
        return new PupilEvaluationResult(state, book, null, outcome, messages.Build());
    }

    /// <summary>The school answered about one of its meldingen.</summary>
    public static PupilEvaluationResult OnDecision(
        PupilState? state, MeldingBook book, Guid meldingId, SchoolDecision decision, string? reason, Melder? melderOverride,
        MeldingContext meldingen, string? lvsPupilKey, Guid decisionMessageId, DateTimeOffset now, SchoolMessageCause? cause = null)
    {
        ArgumentNullException.ThrowIfNull(book);
        var outcome = MeldingDesk.Decide(book, meldingId, decision, reason, melderOverride, meldingen, now);
        RoutingFacts.Attribute(outcome.Changed, cause);
        var messages = new Builder(lvsPupilKey ?? string.Empty, now, state, meldingen);
        messages.Add(outcome, decisionMessageId);
        return new PupilEvaluationResult(state, book, null, outcome, messages.Build());
    }

    private sealed class Builder(string lvsPupilKey, DateTimeOffset now, PupilState? state, MeldingContext context)
    {
        public List<object> Partner { get; } = [];

        public List<object> School { get; } = [];

        public List<FindingChange> Digest { get; } = [];

        public Dictionary<Guid, VerzuimmeldingSent> Sent { get; } = [];

        public void Add(MeldingOutcome outcome, Guid? decisionMessageId)
        {
            foreach (var effect in outcome.Effects)
            {
                var before = Partner.Count;
                MeldingMessages.Add(effect, lvsPupilKey, now, Partner, School, Sent, decisionMessageId);
                for (var i = before; i < Partner.Count; i++)
                {
                    if (Partner[i] is VerzuimmeldingReady ready)
                    {
                        Partner[i] = RoutingFacts.Complete(ready, effect.Melding, state, context, lvsPupilKey);
                    }
                }
            }
        }

        public HubMessages Build() => new(Partner, School, Digest, Sent);
    }
}

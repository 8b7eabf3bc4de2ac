using System.Diagnostics.Metrics;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// The hub's counters on <see cref="HubMeter.Name"/>, counted once the transaction behind them committed:
/// hub.messages.consumed (every inbound message recorded: channel, message_type, outcome, duplicate),
/// hub.messages.rejected (rejected ones: channel, reason = first rejection code), hub.findings (signals raised, updated,
/// withdrawn: change, kind) and hub.meldingen (melding effects: event, kind). Tags carry codes only, never pupil data.
/// </summary>
public sealed class HubMetrics
{
    private readonly Counter<long> _consumed;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _findings;
    private readonly Counter<long> _meldingen;

    public HubMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(HubMeter.Name);
        _consumed = meter.CreateCounter<long>("hub.messages.consumed", "{message}", "Inbound messages recorded by the intake (accepted or rejected).");
        _rejected = meter.CreateCounter<long>("hub.messages.rejected", "{message}", "Inbound messages the intake rejected.");
        _findings = meter.CreateCounter<long>("hub.findings", "{finding}", "Findings (signals) raised, updated or withdrawn by the rules.");
        _meldingen = meter.CreateCounter<long>("hub.meldingen", "{melding}", "Melding decisions: made (gereed), withdrawn, einddatum set, ...");
    }

    public void Recorded(IntakeChannel channel, SubmissionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var channelTag = new KeyValuePair<string, object?>("channel", channel.ToString().ToLowerInvariant());
        _consumed.Add(1, channelTag,
            new("message_type", result.MessageType ?? "unknown"),
            new("outcome", result.Outcome.ToString().ToLowerInvariant()),
            new("duplicate", result.IsDuplicate));
        if (result.Outcome == SubmissionOutcome.Rejected && !result.IsDuplicate)
        {
            _rejected.Add(1, channelTag, new("reason", result.Reasons.Count > 0 ? result.Reasons[0].Code : "unknown"));
        }
    }

    public void Evaluated(PupilEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Rules is { } rules)
        {
            foreach (var signal in rules.Raised)
            {
                _findings.Add(1, new("change", "raised"), new("kind", SignalCodes.Of(signal.Kind)));
            }

            foreach (var signal in rules.Updated)
            {
                _findings.Add(1, new("change", "updated"), new("kind", SignalCodes.Of(signal.Kind)));
            }

            if (rules.Withdrawn.Count > 0)
            {
                _findings.Add(rules.Withdrawn.Count, new KeyValuePair<string, object?>("change", "withdrawn"));
            }
        }

        foreach (var effect in result.Meldingen.Effects)
        {
            _meldingen.Add(1, new("event", EventOf(effect)), new("kind", effect.Melding is { } melding ? SignalCodes.Of(melding.Kind) : "unknown"));
        }
    }

    private static string EventOf(MeldingEffect effect) => effect switch
    {
        MeldingMade => "made",
        ApprovalRequested => "approval-requested",
        EinddatumSet => "einddatum-set",
        DecisionRequired => "decision-required",
        MeldingWithdrawn => "withdrawn",
        MeldingNoted => "noted",
        DecisionRefused => "decision-refused",
        _ => "other",
    };
}

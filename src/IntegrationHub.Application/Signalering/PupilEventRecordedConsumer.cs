using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Runs the rules and the melding decisions for one recorded pupil event: take the event from the message (or the
/// ledger, for a message without it), lock the pupil at its
/// school, evaluate, store state + findings + meldingen and queue the resulting messages, all in one transaction.
/// Ordering and retries live in the definition.
/// </summary>
public sealed class PupilEventRecordedConsumer(
    ILedgerReader ledger,
    ISignaleringContextSource contexts,
    ISignaleringStore store,
    TimeProvider time,
    ILogger<PupilEventRecordedConsumer> logger) : IConsumer<PupilEventRecorded>
{
    public async Task Consume(ConsumeContext<PupilEventRecorded> context)
    {
        var message = context.Message;
        var entry = message is { Payload: { } payload, RecordedAt: { } recordedAt }
            ? ledger.Decode(message.LedgerSequence, message.MessageId, message.EventType, recordedAt, payload)
            : await ledger.LoadAsync(message.LedgerSequence, context.CancellationToken)
              ?? throw new InvalidOperationException($"Ledger entry {message.LedgerSequence} not found (message {message.MessageId}).");

        await using var transaction = await store.BeginAsync(message.Pupil, entry.Event.School, message.MessageId, context.CancellationToken);
        if (transaction.IsRepeat)
        {
            return;
        }

        var rules = await contexts.GetAsync(entry.Event.School, Woongemeente(transaction.State, entry.Event), context.CancellationToken);
        var meldingen = await contexts.GetMeldingContextAsync(entry.Event.School, rules, context.CancellationToken);
        var now = time.GetUtcNow();
        var result = PupilEvaluation.OnEvent(transaction.State, transaction.Book, entry.Event, rules, meldingen, transaction.LvsPupilKey, now);
        await transaction.CommitAsync(result, MeldingSettlement.DigestAt(now, meldingen), context.CancellationToken);
        if (result.Rules?.MissingCalendarYears is { Count: > 0 } missing)
        {
            SignaleringLog.MissingCalendar(logger, entry.Event.School.ToString(), string.Join(", ", missing));
        }
    }

    private static string? Woongemeente(PupilState? state, PupilEvent @event) =>
        @event switch
        {
            PupilEnrolled enrolled => enrolled.Woongemeente,
            PupilProfileChanged { Woongemeente: { } changed } => changed,
            _ => state?.Profile.LastOrDefault(p => p.Woongemeente is not null)?.Woongemeente,
        };
}

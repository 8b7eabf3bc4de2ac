using System.Diagnostics;
using System.Runtime.ExceptionServices;
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
/// Runs the rules and the melding decisions for the events of a batch of <see cref="PupilEventsRecorded"/> messages (each
/// one intake transaction's events) in one transaction: take each event from its message (or the ledger, for an event
/// without its row), lock all the batch's pupils at their schools, evaluate each pupil's events in ledger order, store
/// state + findings + meldingen and queue the resulting messages, commit once. A batch that fails is rolled back and
/// applied again message by message, a failing message pupil by pupil and a failing pupil event by event, so that only
/// the messages with an event that fails on its own go back to MassTransit's retries; their events that did apply are
/// marked in the inbox and skipped when the message comes again. Batch size, concurrency and retries live in the
/// definition.
/// </summary>
public sealed class PupilEventsRecordedConsumer(
    ILedgerReader ledger,
    ISignaleringContextSource contexts,
    ISignaleringStore store,
    TimeProvider time,
    ILogger<PupilEventsRecordedConsumer> logger) : IConsumer<Batch<PupilEventsRecorded>>
{
    public async Task Consume(ConsumeContext<Batch<PupilEventsRecorded>> context)
    {
        var messages = context.Message.ToList();
        var events = messages.SelectMany(m => m.Message.Events).ToList();
        try
        {
            await ApplyAsync(events, context.CancellationToken);
        }
        catch (Exception exception) when (events.Count > 1 && !context.CancellationToken.IsCancellationRequested)
        {
            SignaleringLog.BatchRolledBack(logger, events.Count, exception);
            await ApplyApartAsync(messages, context.CancellationToken);
        }
    }

    /// <summary>
    /// Each message in a transaction of its own; a message that fails pupil by pupil, and a pupil that still fails
    /// event by event. A message whose events all applied here is marked consumed at once: MassTransit then acknowledges
    /// it even though the batch as a whole fails, and retries (and in the end faults) only the messages with an event
    /// that failed.
    /// </summary>
    private async Task ApplyApartAsync(List<ConsumeContext<PupilEventsRecorded>> messages, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        foreach (var message in messages)
        {
            var started = Stopwatch.GetTimestamp();
            var messageFailures = await ApplyMessageApartAsync(message.Message.Events, cancellationToken);
            if (messageFailures.Count == 0)
            {
                await message.NotifyConsumed(message, Stopwatch.GetElapsedTime(started), nameof(PupilEventsRecordedConsumer));
            }

            failures.AddRange(messageFailures);
        }

        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures.Count > 1)
        {
            throw new AggregateException(failures);
        }
    }

    private async Task<List<Exception>> ApplyMessageApartAsync(IReadOnlyList<PupilEventRecorded> events, CancellationToken cancellationToken)
    {
        if (await TryApplyAsync(events, cancellationToken) is not { } failure)
        {
            return [];
        }

        var pupils = events.GroupBy(e => e.Pupil, StringComparer.Ordinal).Select(p => p.ToList()).ToList();
        if (pupils.Count == 1 && pupils[0].Count == 1)
        {
            return [failure];
        }

        var failures = new List<Exception>();
        foreach (var pupil in pupils)
        {
            if (await TryApplyAsync(pupil, cancellationToken) is not { } pupilFailure)
            {
                continue;
            }

            if (pupil.Count == 1)
            {
                failures.Add(pupilFailure);
                continue;
            }

            foreach (var @event in pupil)
            {
                if (await TryApplyAsync([@event], cancellationToken) is { } eventFailure)
                {
                    failures.Add(eventFailure);
                }
            }
        }

        return failures;
    }

    private async Task<Exception?> TryApplyAsync(IReadOnlyList<PupilEventRecorded> events, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(events, cancellationToken);
            return null;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return exception;
        }
    }

    private async Task ApplyAsync(IReadOnlyList<PupilEventRecorded> recorded, CancellationToken cancellationToken)
    {
        var events = new List<(PupilEventRecorded Message, LedgerEntry Entry)>(recorded.Count);
        foreach (var message in recorded.DistinctBy(m => m.MessageId))
        {
            events.Add((message, await ReadAsync(message, cancellationToken)));
        }

        var deliveries = events.Select(e => new SignaleringDelivery(e.Message.MessageId, e.Message.Pupil, e.Entry.Event.School)).ToList();
        await using var batch = await store.BeginBatchAsync(deliveries, cancellationToken);
        var missingCalendars = new List<(SchoolLocation School, IReadOnlyList<string> Years)>();
        foreach (var (message, entry) in events.Where(e => !batch.IsRepeat(e.Message.MessageId)).OrderBy(e => e.Entry.Sequence))
        {
            var school = entry.Event.School;
            var pupil = batch.Pupil(message.Pupil, school);
            var rules = await contexts.GetAsync(school, Woongemeente(pupil.State, entry.Event), cancellationToken);
            var meldingen = await contexts.GetMeldingContextAsync(school, rules, cancellationToken);
            var now = time.GetUtcNow();
            var cause = new SchoolMessageCause($"{message.EventType} {message.MessageId}", message.TraceParent);
            var result = PupilEvaluation.OnEvent(pupil.State, pupil.Book, entry.Event, rules, meldingen, pupil.LvsPupilKey, now, cause: cause);
            if (result.NeedsHistory)
            {
                var history = await HistoryAsync(message.Pupil, school, cancellationToken);
                result = PupilEvaluation.OnEvent(pupil.State, pupil.Book, entry.Event, rules, meldingen, pupil.LvsPupilKey, now, history, cause);
            }

            batch.Record(message.Pupil, school, result, MeldingSettlement.DigestAt(now, meldingen));
            if (result.Rules?.MissingCalendarYears is { Count: > 0 } missing)
            {
                missingCalendars.Add((school, missing));
            }
        }

        await batch.CommitAsync(cancellationToken);
        foreach (var (school, years) in missingCalendars)
        {
            SignaleringLog.MissingCalendar(logger, school.ToString(), string.Join(", ", years));
        }
    }

    /// <summary>
    /// The pupil's events at this school location from the ledger, for an event the folded state cannot answer (a
    /// correction reaching back behind the detail window). Events not yet evaluated may be among them: the rules are
    /// idempotent and order-independent, so applying them early changes nothing when they arrive.
    /// </summary>
    private async Task<IReadOnlyList<PupilEvent>> HistoryAsync(string pupil, SchoolLocation school, CancellationToken cancellationToken)
    {
        var entries = await ledger.LoadPupilAsync(pupil, cancellationToken);
        SignaleringLog.AnsweredFromLedger(logger, school.ToString(), entries.Count);
        return [.. entries.Select(e => e.Event).Where(e => e.School == school)];
    }

    private async Task<LedgerEntry> ReadAsync(PupilEventRecorded message, CancellationToken cancellationToken) =>
        message is { Payload: { } payload, RecordedAt: { } recordedAt }
            ? ledger.Decode(message.LedgerSequence, message.MessageId, message.EventType, recordedAt, payload)
            : await ledger.LoadAsync(message.LedgerSequence, cancellationToken)
              ?? throw new InvalidOperationException($"Ledger entry {message.LedgerSequence} not found (message {message.MessageId}).");

    private static string? Woongemeente(PupilState? state, PupilEvent @event) =>
        @event switch
        {
            PupilEnrolled enrolled => enrolled.Woongemeente,
            PupilProfileChanged { Woongemeente: { } changed } => changed,
            _ => state?.Profile.LastOrDefault(p => p.Woongemeente is not null)?.Woongemeente,
        };
}

using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// The pure signalering entry point: state + event + context + now in, state and signals out. No I/O, no clock.
/// The same set of events gives the same final signals in any order; an EventId applied before changes nothing.
/// </summary>
public static class SignaleringEngine
{
    /// <summary>
    /// Applies one event. <paramref name="state"/> is updated in place and returned (null starts a new pupil);
    /// <paramref name="now"/> only decides which facts fall outside the look-back horizon and are pruned.
    /// </summary>
    public static SignaleringResult Apply(PupilState? state, PupilEvent @event, SignaleringContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);
        state ??= new PupilState { Pupil = @event.Pupil, School = @event.School };
        state.School ??= @event.School;
        var factDate = FactDate(@event);
        if (state.PrunedBefore is { } pruned && factDate < pruned)
        {
            return new SignaleringResult(state, [], [], []);
        }

        if (NeedsHistory(state, @event, context))
        {
            return new SignaleringResult(state, [], [], []) { NeedsHistory = true };
        }

        var previousMax = state.MaxFactDate;
        var change = StateUpdater.Apply(state, @event);
        var from = change.AffectedFrom;
        if (state.MaxFactDate != previousMax)
        {
            // Days up to the new latest date are now known (runs end, open sick reports extend).
            var extended = previousMax?.AddDays(1) ?? DateOnly.MinValue;
            from = from is { } f && f < extended ? f : extended;
            change = change with { Kinds = change.Kinds | ChangeKinds.Attendance | (HasOpenSickReport(state) ? ChangeKinds.Sickness | ChangeKinds.Lateness : ChangeKinds.None) };
        }

        if (from is { } f2 && state.MinFactDate is { } min && f2 < min)
        {
            from = min;
        }

        var result = from is { } start && state.MinFactDate is not null
            ? RuleRunner.Evaluate(state, context, start, change, @event.EventId)
            : new SignaleringResult(state, [], [], []);
        Pruning.Prune(state, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-context.HorizonDays));
        Folding.Fold(state, context, now);
        return EventDates(@event) is { } dates
            ? result with { MissingCalendarYears = context.Calendar.SchoolYearsWithoutCalendar(dates.From, dates.To) }
            : result;
    }

    /// <summary>
    /// Answers an event the state could not (<see cref="SignaleringResult.NeedsHistory"/>) from the pupil's events in the
    /// ledger: replays <paramref name="history"/> (the events applied before, in ledger order; an event with the same
    /// EventId as <paramref name="event"/> is skipped) without folding, applies the event as the engine always did, then
    /// folds. Raised, updated and withdrawn are relative to <paramref name="current"/>'s signals (what the hub acted on);
    /// the returned state replaces it. Pure; cost proportional to the history.
    /// </summary>
    public static SignaleringResult ApplyWithHistory(
        PupilState? current, PupilEvent @event, IEnumerable<PupilEvent> history, SignaleringContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(context);
        var unfolded = context with { DetailDays = null };
        PupilState? state = null;
        foreach (var e in history)
        {
            if (e.EventId != @event.EventId)
            {
                state = Apply(state, e, unfolded, now).State;
            }
        }

        var result = Apply(state, @event, unfolded, now);
        Folding.Fold(result.State, context, now);
        return current is null ? result : SignalDiff.Against(current.Signals, result, @event.EventId);
    }

    /// <summary>
    /// The state a pupil's full event history gives (in ledger order), folded as <paramref name="context"/> says: the
    /// same state and signals as applying the events one by one to a state that never folds. Pure.
    /// </summary>
    public static PupilState Rebuild(IEnumerable<PupilEvent> history, SignaleringContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(context);
        var unfolded = context with { DetailDays = null };
        PupilState? state = null;
        foreach (var e in history)
        {
            state = Apply(state, e, unfolded, now).State;
        }

        state ??= new PupilState();
        Folding.Fold(state, context, now);
        return state;
    }

    /// <summary>
    /// Replays events of many pupils in memory (e.g. the <c>hub replay</c> CLI): per pupil in (OccurredAt, EventId)
    /// order, with the context of the pupil's first school. Output is sorted deterministically.
    /// </summary>
    public static ReplayResult Replay(
        IEnumerable<PupilEvent> events,
        Func<SchoolLocation, SignaleringContext> contextFor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contextFor);
        var signals = new List<Signal>();
        var states = new List<PupilState>();
        var withdrawn = 0;
        foreach (var pupil in events.GroupBy(e => e.Pupil).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = pupil.OrderBy(e => e.OccurredAt).ThenBy(e => e.EventId, StringComparer.Ordinal).ToList();
            var context = contextFor(ordered[0].School);
            PupilState? state = null;
            var applied = new List<PupilEvent>();
            foreach (var e in ordered)
            {
                var result = Apply(state, e, context, now);
                if (result.NeedsHistory)
                {
                    result = ApplyWithHistory(state, e, applied, context, now);
                }

                applied.Add(e);
                state = result.State;
                withdrawn += result.Withdrawn.Count;
            }

            states.Add(state!);
            signals.AddRange(state!.Signals.OrderBy(s => s.SignalId, StringComparer.Ordinal));
        }

        return new ReplayResult(signals, states, withdrawn);
    }

    /// <summary>
    /// Whether the event reaches a date before the detail boundary (<see cref="EventReach"/>), or the folded days were
    /// classified under another lateness setting or trimmed for another ladder.
    /// </summary>
    private static bool NeedsHistory(PupilState state, PupilEvent e, SignaleringContext context)
    {
        if (state.DetailFrom is not { } detailFrom)
        {
            return false;
        }

        if (state.FoldedCountLate is { } countLate && countLate != context.Settings.Melding16Uur.CountLateAsOngeoorloofd)
        {
            return true;
        }

        if (state.FoldedLadderTop is { } top && top != Folding.LadderTop(context.Settings))
        {
            return true;
        }

        return EventReach.EarliestDate(state, e) is { } earliest && earliest < detailFrom;
    }

    private static bool HasOpenSickReport(PupilState state)
    {
        foreach (var report in state.SickReports.Values)
        {
            if (report.RecoveredOn is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The dates an event is about (null for profile and consent events, which have no school days).</summary>
    private static (DateOnly From, DateOnly To)? EventDates(PupilEvent e) => e switch
    {
        AttendanceRecorded a => (a.Date, a.Date),
        AttendanceRetracted r => (r.Date, r.Date),
        LeaveGranted l => (l.From, l.To),
        SuspensionRegistered s => (s.From, s.To),
        VrijstellingRegistered v => (v.From, v.To ?? v.From),
        SickReported s => (s.From, s.From),
        RecoveryReported r => (r.RecoveredOn, r.RecoveredOn),
        ZorgenvinkjeChanged z => (z.On, z.On),
        _ => null,
    };

    private static DateOnly FactDate(PupilEvent e) => e switch
    {
        AttendanceRecorded a => a.Date,
        AttendanceRetracted r => r.Date,
        LeaveGranted l => l.To,
        SuspensionRegistered s => s.To,
        VrijstellingRegistered v => v.To ?? DateOnly.MaxValue,
        SickReported s => s.From,
        RecoveryReported r => r.RecoveredOn,
        ZorgenvinkjeChanged z => z.On,
        PupilDeregistered d => d.DeregisteredOn,
        _ => DateOnly.MaxValue,
    };
}

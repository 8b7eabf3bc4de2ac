using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// The pure melding decisions for one pupil at one school: book + the pupil's active partner-bound findings + context +
/// <c>now</c> in; effects, changed meldingen and the next due time out. No I/O, no clock.
/// <list type="bullet">
/// <item>A partner-bound finding opens a concept melding; the concept follows the finding and lapses quietly with it.</item>
/// <item>A concept settles (<see cref="MeldingSettlement"/>) into a melding: made at once on the school's mandate, or
/// waiting for the school's approval (reminded before the deadline, never sent unapproved).</item>
/// <item>After it is made only two things follow: its einddatum (once known and stable, sent once) and vervolgmeldingen
/// (new meldingen from new findings, linked to the one before). Other changes are never sent again.</item>
/// <item>A correction that takes away the grounds of a made melding never withdraws it: the school is asked.
/// Only the school's own withdrawal withdraws it.</item>
/// <item>A finding that overlaps an open made melding of the same kind (the same episode, re-cut by a correction)
/// opens no second melding.</item>
/// </list>
/// </summary>
public static class MeldingDesk
{
    private const string DefaultCorrection = "Nieuwe gegevens van school: de melding voldoet niet meer aan de criteria.";

    /// <summary>
    /// Brings the book in line with the pupil's active findings at <paramref name="now"/>.
    /// <paramref name="findings"/> are the rules' active signals (school-only ones are ignored);
    /// <paramref name="corrections"/> gives, per finding id that just lost its basis, the readable reason.
    /// With <paramref name="applyDue"/> false (an arriving event) nothing time-driven happens: concepts are opened and
    /// followed, but settling, reminders and einddatums wait for the due check, so a batch of facts arriving together
    /// is complete before a melding is made from it.
    /// </summary>
    public static MeldingOutcome Reconcile(
        MeldingBook book,
        IEnumerable<Signal> findings,
        MeldingContext context,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string>? corrections = null,
        bool applyDue = true)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(context);
        var run = new Run(book, context, now);
        var active = findings.Where(f => f.Recipient != SignalRecipient.School)
            .OrderBy(f => f.Begindatum).ThenBy(f => f.SignalId, StringComparer.Ordinal)
            .ToList();
        var byId = active.ToDictionary(f => f.SignalId, StringComparer.Ordinal);

        foreach (var melding in book.Meldingen.Where(m => m.IsOpen).ToList())
        {
            if (byId.TryGetValue(melding.FindingId, out var finding))
            {
                run.Follow(melding, finding);
            }
            else
            {
                run.Lost(melding, corrections?.GetValueOrDefault(melding.FindingId) ?? DefaultCorrection);
            }
        }

        foreach (var finding in active)
        {
            run.Open(finding);
        }

        return run.Advance(applyDue);
    }

    /// <summary>Applies the school's answer about one melding (approve, withdraw or keep).</summary>
    public static MeldingOutcome Decide(
        MeldingBook book,
        Guid meldingId,
        SchoolDecision decision,
        string? reason,
        Melder? melderOverride,
        MeldingContext context,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(context);
        var run = new Run(book, context, now);
        var melding = book.Find(meldingId);
        if (melding is null)
        {
            return new MeldingOutcome([new DecisionRefused(null, meldingId, decision, "Deze melding is niet bekend bij deze school.")], [], null);
        }

        run.Decide(melding, decision, reason, melderOverride);
        return run.Advance(applyDue: true);
    }

    /// <summary>One decision pass: collects effects and changed meldingen.</summary>
    private sealed class Run(MeldingBook book, MeldingContext context, DateTimeOffset now)
    {
        private readonly List<MeldingEffect> effects = [];
        private readonly List<Verzuimmelding> changed = [];

        public void Follow(Verzuimmelding melding, Signal finding)
        {
            if (melding.State is MeldingState.Concept)
            {
                if (FindingContent.Differs(melding, finding))
                {
                    FindingContent.Copy(melding, finding);
                    melding.ContentChangedAt = now;
                    Touch(melding);
                }

                return;
            }

            if (melding.State is MeldingState.AkkoordGevraagd)
            {
                // Not sent yet: an einddatum that became known goes with the melding itself once approved.
                if (melding.Einddatum is null && finding.Einddatum is { } end)
                {
                    melding.Einddatum = end;
                    Touch(melding);
                }

                return;
            }

            FollowEinddatum(melding, finding);
        }

        public void Lost(Verzuimmelding melding, string correction)
        {
            switch (melding.State)
            {
                case MeldingState.Concept or MeldingState.AkkoordGevraagd:
                    Close(melding, MeldingState.Vervallen, correction);
                    effects.Add(new MeldingNoted(melding, "vervallen"));
                    break;
                case MeldingState.Gereed when melding.DecisionRequestedAt is null && melding.KeptAt is null:
                    melding.DecisionRequestedAt = now;
                    melding.DecisionReason = correction;
                    melding.PendingEinddatum = null;
                    melding.PendingEinddatumSince = null;
                    Touch(melding);
                    effects.Add(new DecisionRequired(melding, correction));
                    break;
            }
        }

        public void Open(Signal finding)
        {
            var existing = book.ForFinding(finding.SignalId);
            if (existing is { IsOpen: true } or { State: MeldingState.Ingetrokken })
            {
                return;
            }

            if (book.Meldingen.Any(m => m.IsMade && m.Kind == finding.Kind && m.Overlaps(finding.Begindatum, finding.Einddatum)))
            {
                // The same episode, already reported (also while the school decides about it after a correction): only
                // the school's withdrawal of that melding lets a re-cut finding become a melding of its own.
                return;
            }

            var melding = existing ?? new Verzuimmelding { MeldingId = MeldingIds.For(finding.School, finding.SignalId), FindingId = finding.SignalId };
            if (existing is null)
            {
                book.Meldingen.Add(melding);
            }

            FindingContent.Copy(melding, finding);
            melding.State = MeldingState.Concept;
            melding.ConceptSince = now;
            melding.ContentChangedAt = now;
            melding.ClosedAt = null;
            melding.ClosedReason = null;
            Touch(melding);
        }

        public void Decide(Verzuimmelding melding, SchoolDecision decision, string? reason, Melder? melderOverride)
        {
            switch (decision, melding.State)
            {
                case (SchoolDecision.Akkoord, MeldingState.AkkoordGevraagd):
                    melding.Melder = melderOverride ?? melding.Melder;
                    melding.ApprovedAt = now;
                    MakeReady(melding);
                    break;
                case (SchoolDecision.Intrekken, MeldingState.Gereed):
                    var why = string.IsNullOrWhiteSpace(reason) ? "Ingetrokken door de school." : reason.Trim();
                    Close(melding, MeldingState.Ingetrokken, why);
                    effects.Add(new MeldingWithdrawn(melding, why));
                    break;
                case (SchoolDecision.Intrekken, MeldingState.AkkoordGevraagd or MeldingState.Concept):
                    Close(melding, MeldingState.Ingetrokken, string.IsNullOrWhiteSpace(reason) ? "Niet gemeld: de school gaf geen akkoord." : reason.Trim());
                    effects.Add(new MeldingNoted(melding, "niet-verzonden"));
                    break;
                case (SchoolDecision.Handhaven, MeldingState.Gereed) when melding.DecisionRequestedAt is not null:
                    melding.KeptAt = now;
                    melding.DecisionRequestedAt = null;
                    Touch(melding);
                    effects.Add(new MeldingNoted(melding, "gehandhaafd"));
                    break;
                default:
                    effects.Add(new DecisionRefused(melding, melding.MeldingId, decision, RefusalReason(decision, melding)));
                    break;
            }
        }

        /// <summary>Applies what time makes due (unless <paramref name="applyDue"/> is false), then says when the book next needs a look.</summary>
        public MeldingOutcome Advance(bool applyDue)
        {
            DateTimeOffset? next = null;
            foreach (var melding in book.Meldingen.OrderBy(m => m.Begindatum).ThenBy(m => m.FindingId, StringComparer.Ordinal))
            {
                switch (melding.State)
                {
                    case MeldingState.Concept:
                        var settles = MeldingSettlement.SettlesAt(melding, context);
                        if (melding.SettlesAt != settles)
                        {
                            melding.SettlesAt = settles;
                            Touch(melding);
                        }

                        if (!applyDue)
                        {
                            next = Earliest(next, settles);
                            break;
                        }

                        if (settles <= now)
                        {
                            Settle(melding);
                        }

                        // A concept that could not be made (the school's melder settings are missing) is looked at again hourly.
                        next = Earliest(next, melding.State == MeldingState.Concept ? (settles > now ? settles : now.AddHours(1)) : Reminder(melding, applyDue));
                        break;
                    case MeldingState.AkkoordGevraagd:
                        next = Earliest(next, Reminder(melding, applyDue));
                        break;
                    case MeldingState.Gereed when melding.PendingEinddatum is { } end:
                        var due = MeldingSettlement.EinddatumDueAt(melding, context)!.Value;
                        if (applyDue && due <= now)
                        {
                            melding.Einddatum = end;
                            melding.EinddatumSentAt = now;
                            melding.PendingEinddatum = null;
                            melding.PendingEinddatumSince = null;
                            Touch(melding);
                            effects.Add(new EinddatumSet(melding, end));
                        }
                        else
                        {
                            next = Earliest(next, due);
                        }

                        break;
                }
            }

            return new MeldingOutcome(effects, changed, next);
        }

        private void Settle(Verzuimmelding melding)
        {
            if (context.Policy is not { } policy || policy.Melder.MissingFields().Count > 0)
            {
                return; // a school without its melder settings cannot have been connected; wait rather than send incomplete
            }

            melding.MadeAt = now;
            melding.Melder = policy.Melder;
            melding.FollowsMeldingId = melding.IsVervolgmelding
                ? book.Meldingen.Where(m => m.Kind == melding.Kind && m.MadeAt is not null && m.MeldingId != melding.MeldingId
                        && m.State is MeldingState.Gereed or MeldingState.AkkoordGevraagd && m.Begindatum < melding.Begindatum)
                    .MaxBy(m => m.Begindatum)?.MeldingId
                : null;
            if (policy.RequiresApproval)
            {
                melding.State = MeldingState.AkkoordGevraagd;
                melding.ApprovalRequestedAt = now;
                Touch(melding);
                effects.Add(new ApprovalRequested(melding, IsReminder: false));
            }
            else
            {
                MakeReady(melding);
            }
        }

        private void MakeReady(Verzuimmelding melding)
        {
            melding.State = MeldingState.Gereed;
            melding.MadeAt ??= now;
            if (melding.Einddatum is not null)
            {
                melding.EinddatumSentAt = now;
            }

            Touch(melding);
            effects.Add(new MeldingMade(melding));
        }

        private DateTimeOffset? Reminder(Verzuimmelding melding, bool applyDue)
        {
            if (melding.State != MeldingState.AkkoordGevraagd || melding.ReminderSentAt is not null
                || MeldingSettlement.ReminderAt(melding, context) is not { } at
                || (melding.ApprovalRequestedAt is { } asked && at <= asked.AddDays(1)))
            {
                return null; // no reminder due, or it would come within a day of the request itself (which names the deadline)
            }

            if (at > now || !applyDue)
            {
                return at;
            }

            melding.ReminderSentAt = now;
            Touch(melding);
            effects.Add(new ApprovalRequested(melding, IsReminder: true));
            return null;
        }

        private void FollowEinddatum(Verzuimmelding melding, Signal finding)
        {
            if (melding.EinddatumSentAt is not null || melding.DecisionRequestedAt is not null)
            {
                return;
            }

            if (finding.Einddatum is { } end)
            {
                if (melding.PendingEinddatum != end)
                {
                    melding.PendingEinddatum = end;
                    melding.PendingEinddatumSince = now;
                    Touch(melding);
                }
            }
            else if (melding.PendingEinddatum is not null)
            {
                melding.PendingEinddatum = null;
                melding.PendingEinddatumSince = null;
                Touch(melding);
            }
        }

        private void Close(Verzuimmelding melding, MeldingState state, string reason)
        {
            melding.State = state;
            melding.ClosedAt = now;
            melding.ClosedReason = reason;
            melding.SettlesAt = null;
            Touch(melding);
        }

        private void Touch(Verzuimmelding melding)
        {
            if (!changed.Contains(melding))
            {
                changed.Add(melding);
            }
        }

        private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
            a is null ? b : b is null ? a : (a < b ? a : b);

        private static string RefusalReason(SchoolDecision decision, Verzuimmelding melding) => decision switch
        {
            SchoolDecision.Akkoord => $"Deze melding wacht niet op akkoord (status {melding.State}).",
            SchoolDecision.Handhaven => "Over deze melding is geen beslissing gevraagd.",
            _ => $"Deze melding kan niet meer worden ingetrokken (status {melding.State}).",
        };
    }
}

using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>What the school hears about its findings: a new one at once, changes in the day's digest. Pure.</summary>
public static class FindingMessages
{
    public static FindingRaised Raised(Signal s, MeldingBook book, string lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(book);
        var melding = s.Recipient == SignalRecipient.School ? null : book.ForFinding(s.SignalId);
        return new FindingRaised
        {
            FindingId = s.SignalId,
            School = new SchoolRef { Brin = s.School.Brin, Vestiging = s.School.Vestiging },
            LvsPupilKey = lvsPupilKey,
            Kind = SignalCodes.Of(s.Kind),
            Recipient = SignalCodes.Of(s.Recipient),
            Regime = SignalCodes.Of(s.Regime),
            Begindatum = s.Begindatum,
            Einddatum = s.Einddatum,
            DueDate = s.DueDate,
            VerzuimUren = s.VerzuimUren,
            VerzuimMinuten = s.VerzuimMinuten,
            VerzuimDagen = s.VerzuimDagen,
            IsVervolgmelding = s.IsVervolgmelding,
            SoortVerzuim = SignalCodes.Of(s.SoortVerzuim),
            Criterion = s.Criterion,
            IsProvisional = melding is { State: MeldingState.Concept },
            MeldingId = melding?.MeldingId,
            SettlesAt = melding is { State: MeldingState.Concept } ? melding.SettlesAt : null,
            RaisedAt = now,
        };
    }

    public static FindingChange Changed(Signal s, MeldingBook book, string lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Change(s.SignalId, s.Kind, s.Recipient, s, "gewijzigd", null, book, lvsPupilKey, now);
    }

    public static FindingChange Dropped(SignalWithdrawal w, Signal? before, MeldingBook book, string lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(w);
        return Change(w.SignalId, w.Kind, w.Recipient, before, "vervallen", w.Reason, book, lvsPupilKey, now);
    }

    /// <summary>A digest item: the finding's latest content (as it was before, for a dropped one) and its melding.</summary>
    private static FindingChange Change(
        string findingId, SignalKind kind, SignalRecipient recipient, Signal? content, string change, string? reason,
        MeldingBook book, string lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(book);
        var melding = recipient == SignalRecipient.School ? null : book.ForFinding(findingId);
        return new FindingChange
        {
            FindingId = findingId,
            LvsPupilKey = lvsPupilKey,
            Kind = SignalCodes.Of(kind),
            Recipient = SignalCodes.Of(recipient),
            Change = change,
            Reason = reason,
            Begindatum = content?.Begindatum ?? default,
            Einddatum = content?.Einddatum,
            VerzuimUren = content?.VerzuimUren ?? 0,
            VerzuimDagen = content?.VerzuimDagen ?? 0,
            IsProvisional = melding is { State: MeldingState.Concept or MeldingState.Vervallen },
            MeldingId = melding?.MeldingId,
            ChangedAt = now,
        };
    }
}

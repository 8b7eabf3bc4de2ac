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
        ArgumentNullException.ThrowIfNull(book);
        var melding = s.Recipient == SignalRecipient.School ? null : book.ForFinding(s.SignalId);
        return new FindingChange
        {
            FindingId = s.SignalId,
            LvsPupilKey = lvsPupilKey,
            Kind = SignalCodes.Of(s.Kind),
            Recipient = SignalCodes.Of(s.Recipient),
            Change = "gewijzigd",
            Begindatum = s.Begindatum,
            Einddatum = s.Einddatum,
            VerzuimUren = s.VerzuimUren,
            VerzuimDagen = s.VerzuimDagen,
            IsProvisional = melding is { State: MeldingState.Concept },
            MeldingId = melding?.MeldingId,
            ChangedAt = now,
        };
    }

    public static FindingChange Dropped(SignalWithdrawal w, Signal? before, MeldingBook book, string lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(book);
        var melding = w.Recipient == SignalRecipient.School ? null : book.ForFinding(w.SignalId);
        return new FindingChange
        {
            FindingId = w.SignalId,
            LvsPupilKey = lvsPupilKey,
            Kind = SignalCodes.Of(w.Kind),
            Recipient = SignalCodes.Of(w.Recipient),
            Change = "vervallen",
            Reason = w.Reason,
            Begindatum = before?.Begindatum ?? default,
            Einddatum = before?.Einddatum,
            VerzuimUren = before?.VerzuimUren ?? 0,
            VerzuimDagen = before?.VerzuimDagen ?? 0,
            IsProvisional = melding is { State: MeldingState.Vervallen or MeldingState.Concept },
            MeldingId = melding?.MeldingId,
            ChangedAt = now,
        };
    }
}

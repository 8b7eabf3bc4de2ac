using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>Turns one evaluation into the messages it sends. Pure.</summary>
public static class SignalMessageFactory
{
    /// <param name="result">What the rules decided.</param>
    /// <param name="school">The school of the event that caused it: withdrawals are told to it.</param>
    /// <param name="lvsPupilKey">That school's own key for the pupil.</param>
    /// <param name="now">When.</param>
    public static SignalMessages From(SignaleringResult result, SchoolLocation school, string? lvsPupilKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(school);
        var changed = result.Raised.Select(s => (Signal: s, IsUpdate: false))
            .Concat(result.Updated.Select(s => (Signal: s, IsUpdate: true)))
            .ToList();
        var pupilKey = lvsPupilKey ?? string.Empty;

        return new SignalMessages(
            changed.Select(c => Internal(c.Signal, c.IsUpdate, now)).ToList(),
            result.Withdrawn.Select(w => Internal(w, now)).ToList(),
            changed.Select(c => ForSchool(c.Signal, c.IsUpdate, pupilKey, now)).ToList(),
            result.Withdrawn.Select(w => ForSchool(w, school, pupilKey, now)).ToList());
    }

    private static SignalRaised Internal(Signal s, bool isUpdate, DateTimeOffset now) => new()
    {
        SignalId = s.SignalId,
        Kind = SignalCodes.Of(s.Kind),
        Recipient = SignalCodes.Of(s.Recipient),
        Pupil = s.Pupil,
        Brin = s.School.Brin,
        Vestiging = s.School.Vestiging,
        Regime = SignalCodes.Of(s.Regime),
        Begindatum = s.Begindatum,
        Einddatum = s.Einddatum,
        DueDate = s.DueDate,
        VerzuimUren = s.VerzuimUren,
        VerzuimMinuten = s.VerzuimMinuten,
        VerzuimDagen = s.VerzuimDagen,
        IsVervolgmelding = s.IsVervolgmelding,
        SoortVerzuim = SignalCodes.Of(s.SoortVerzuim),
        Woongemeente = s.Woongemeente,
        Criterion = s.Criterion,
        IsUpdate = isUpdate,
        RaisedAt = now,
    };

    private static SignalWithdrawn Internal(SignalWithdrawal w, DateTimeOffset now) => new()
    {
        SignalId = w.SignalId,
        Kind = SignalCodes.Of(w.Kind),
        Recipient = SignalCodes.Of(w.Recipient),
        Pupil = w.Pupil,
        Reason = w.Reason,
        WithdrawnAt = now,
    };

    private static VerzuimSignalRaised ForSchool(Signal s, bool isUpdate, string pupilKey, DateTimeOffset now) => new()
    {
        SignalId = s.SignalId,
        School = new SchoolRef { Brin = s.School.Brin, Vestiging = s.School.Vestiging },
        LvsPupilKey = pupilKey,
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
        IsUpdate = isUpdate,
        RaisedAt = now,
    };

    private static VerzuimSignalWithdrawn ForSchool(SignalWithdrawal w, SchoolLocation school, string pupilKey, DateTimeOffset now) => new()
    {
        SignalId = w.SignalId,
        School = new SchoolRef { Brin = school.Brin, Vestiging = school.Vestiging },
        LvsPupilKey = pupilKey,
        Kind = SignalCodes.Of(w.Kind),
        Recipient = SignalCodes.Of(w.Recipient),
        Reason = w.Reason,
        DuoStatus = w.DuoStatus,
        WithdrawnAt = now,
    };
}

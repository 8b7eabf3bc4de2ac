using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// A pupil whose birth date is unknown falls under no regime, so no rule can be applied; that is not silently
/// skipped: the school is told (domain.md section 2). Raised for a pupil with attendance facts (registrations or sick
/// reports) and no known birth date, from the first of those facts; withdrawn once a birth date arrives. School only.
/// </summary>
internal sealed class GeenRegelToepasbaarRule : ISignaleringRule
{
    public const string Criterion = "geboortedatum-onbekend";

    public string Name => "geen-regel-toepasbaar";

    public bool IsEnabled(RuleSettings settings) => true;

    public ChangeKinds Reads => ChangeKinds.Attendance | ChangeKinds.Sickness | ChangeKinds.Profile;

    public RuleOutcome Evaluate(Timeline timeline, DateOnly from, IReadOnlyList<Signal> owned)
    {
        var state = timeline.State;
        if (state.Profile.Exists(p => p.BirthDate is not null) || FirstAttendanceFact(timeline) is not { } first)
        {
            return new RuleOutcome([], _ => true);
        }

        var signal = new Signal
        {
            SignalId = SignalIds.For(Name, timeline.Pupil, Criterion),
            Kind = SignalKind.GeenRegelToepasbaar,
            Rule = Name,
            Recipient = SignalRecipient.School,
            Pupil = timeline.Pupil,
            School = timeline.School,
            Regime = Regime.None,
            Begindatum = first,
            TriggeredOn = first,
            Criterion = Criterion,
            BasedOnDates = [first],
        };
        return new RuleOutcome([signal], _ => true);
    }

    private static DateOnly? FirstAttendanceFact(Timeline timeline)
    {
        DateOnly? first = null;
        foreach (var registration in timeline.State.Registrations.Values)
        {
            if (!registration.IsRetracted && registration.Date >= timeline.HorizonStart && (first is null || registration.Date < first))
            {
                first = registration.Date;
            }
        }

        foreach (var report in timeline.State.SickReports.Values)
        {
            if (report.From is { } f && f >= timeline.HorizonStart && (first is null || f < first))
            {
                first = f;
            }
        }

        return first;
    }
}

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// The outcome of applying one event. <see cref="Raised"/> are new signals; <see cref="Updated"/> are signals
/// already raised whose content changed (same <see cref="Signal.SignalId"/>, e.g. an einddatum became known);
/// <see cref="Withdrawn"/> lost their basis. <see cref="MissingCalendarYears"/> lists the school years of the
/// event's dates for which the school has no calendar at all (no national table, no own holidays): none of their
/// days counts, and the operator must be alerted (domain.md section 10).
/// </summary>
public sealed record SignaleringResult(
    PupilState State,
    IReadOnlyList<Signal> Raised,
    IReadOnlyList<Signal> Updated,
    IReadOnlyList<SignalWithdrawal> Withdrawn)
{
    /// <summary>Labels such as "2030-2031"; empty when every school year the event touches has a calendar.</summary>
    public IReadOnlyList<string> MissingCalendarYears { get; init; } = [];

    /// <summary>
    /// The state cannot answer this event exactly: it is about a date before <see cref="PupilState.DetailFrom"/> (a late
    /// event or correction), or a profile change or a settings change reaches folded days. Nothing was applied (the
    /// state is unchanged, no signals changed); answer it with <see cref="SignaleringEngine.ApplyWithHistory"/> from the
    /// pupil's events in the ledger.
    /// </summary>
    public bool NeedsHistory { get; init; }
}

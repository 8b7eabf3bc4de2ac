namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// The outcome of applying one event. <see cref="Raised"/> are new signals; <see cref="Updated"/> are signals
/// already raised whose content changed (same <see cref="Signal.SignalId"/>, e.g. an einddatum became known);
/// <see cref="Withdrawn"/> lost their basis.
/// </summary>
public sealed record SignaleringResult(
    PupilState State,
    IReadOnlyList<Signal> Raised,
    IReadOnlyList<Signal> Updated,
    IReadOnlyList<SignalWithdrawal> Withdrawn);

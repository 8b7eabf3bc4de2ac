using System.Diagnostics.Metrics;
using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>
/// The status loop's instruments on the DUO meter (<see cref="DuoMeter.Name"/>): seconds since the last successful poll,
/// failed polls, statuses recorded by status, and meldingen found partner overdue.
/// </summary>
public sealed class DuoStatusMetrics
{
    public const string PollAgeName = "hub.duo.poll.age";
    public const string PollFailuresName = "hub.duo.poll.failures";
    public const string StatusesRecordedName = "hub.duo.statuses.recorded";
    public const string PartnerOverdueName = "hub.duo.partner.overdue";

    private readonly Counter<long> _failures;
    private readonly Counter<long> _recorded;
    private readonly Counter<long> _overdue;

    public DuoStatusMetrics(IMeterFactory meterFactory, DuoPollMonitor monitor)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(monitor);
        var meter = meterFactory.Create(DuoMeter.Name);
        meter.CreateObservableGauge(PollAgeName, () => monitor.Age().TotalSeconds, "s", "Seconds since the last successful poll of DUO's register");
        _failures = meter.CreateCounter<long>(PollFailuresName, "{poll}", "Polls of DUO's register that failed");
        _recorded = meter.CreateCounter<long>(StatusesRecordedName, "{status}", "Statuses from DUO's register recorded for the first time, by status");
        _overdue = meter.CreateCounter<long>(PartnerOverdueName, "{melding}", "Meldingen without a gemeente status within the term (notified once each)");
    }

    public void PollFailed() => _failures.Add(1);

    public void Recorded(DuoStatus status) => _recorded.Add(1, new KeyValuePair<string, object?>("status", status.ToString()));

    public void Overdue(string? organisation) => _overdue.Add(1, new KeyValuePair<string, object?>("organisation", organisation ?? "none"));
}

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>
/// Degraded while the poll of DUO's register has not succeeded for Duo:Status:PollAlertAfter; never Unhealthy: the
/// intake and everything else go on without DUO's statuses, and the poll catches up from its watermark.
/// </summary>
public sealed class DuoPollHealthCheck(DuoPollMonitor monitor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var age = monitor.Age();
        var data = new Dictionary<string, object> { ["secondsSinceLastSuccess"] = Math.Round(age.TotalSeconds) };
        return Task.FromResult(monitor.IsOverdue()
            ? HealthCheckResult.Degraded($"DUO's register has not been polled successfully for {age:g} (alert after {monitor.AlertAfter:g}).", data: data)
            : HealthCheckResult.Healthy("DUO's register is being polled.", data));
    }
}

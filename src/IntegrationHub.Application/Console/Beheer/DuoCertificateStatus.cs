namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// The DUO client certificate as the operator sees it: <see cref="State"/> Healthy while valid for more than the warning
/// days, Degraded within them (renew it), Unreachable when it is not configured, cannot be read or has expired.
/// </summary>
public sealed record DuoCertificateStatus(HealthState State, string Text, DateTimeOffset? NotAfter, int? DaysLeft, string? Subject);

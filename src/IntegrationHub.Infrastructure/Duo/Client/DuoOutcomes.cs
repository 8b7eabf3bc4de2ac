namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>The outcome tag of <see cref="DuoClientMetrics.Requests"/>.</summary>
public static class DuoOutcomes
{
    public const string Ok = "ok";
    public const string BusinessError = "business-error";
    public const string TransientFailure = "transient-failure";
    public const string Unavailable = "unavailable";
}

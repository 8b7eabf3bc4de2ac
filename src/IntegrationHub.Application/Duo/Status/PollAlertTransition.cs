namespace IntegrationHub.Application.Duo.Status;

/// <summary>What one look at the poll's age changes about the alert: nothing, raised (log once), or cleared.</summary>
public enum PollAlertTransition
{
    None,
    Raised,
    Cleared,
}

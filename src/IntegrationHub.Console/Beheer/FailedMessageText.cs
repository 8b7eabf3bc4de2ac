namespace IntegrationHub.Console.Beheer;

/// <summary>The Dutch words the failed-message screens use for the store's states and retry outcomes.</summary>
public static class FailedMessageText
{
    public static string State(string state) => state switch
    {
        "failed" => "Open",
        "replayed" => "Opnieuw aangeboden",
        "archived" => "Gearchiveerd",
        _ => state,
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "sent" => "verzonden",
        "failed again" => "opnieuw mislukt",
        "send failed" => "verzenden mislukt",
        _ => outcome,
    };

    /// <summary>The message type without MassTransit's urn prefix and namespace: "urn:message:A.B:Type" shows as "Type".</summary>
    public static string ShortType(string messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        var name = messageType.Split(':', '.').LastOrDefault(p => p.Length > 0);
        return name ?? messageType;
    }

    /// <summary>The store's state for a filter value from the query string, or null for all.</summary>
    public static string? StateFilter(string? status) => status switch
    {
        "open" => "failed",
        "opnieuw-aangeboden" => "replayed",
        "gearchiveerd" => "archived",
        _ => null,
    };
}

namespace IntegrationHub.Application.Routing;

/// <summary>The routing stage's storage: one transaction per routed message.</summary>
public interface IRoutingStore
{
    /// <summary>
    /// Opens the transaction for <paramref name="messageId"/> as seen by <paramref name="consumer"/> (the inbox makes a
    /// redelivery a repeat).
    /// </summary>
    Task<IRoutingTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken);
}

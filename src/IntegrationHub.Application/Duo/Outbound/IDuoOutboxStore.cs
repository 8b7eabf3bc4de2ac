namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>The DUO consumer's storage: one transaction per consumed message, opened with its inbox check.</summary>
public interface IDuoOutboxStore
{
    Task<IDuoOutboxTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken);
}

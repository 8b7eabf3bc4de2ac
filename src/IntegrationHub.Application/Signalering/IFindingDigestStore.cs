namespace IntegrationHub.Application.Signalering;

/// <summary>The findings digests waiting for the end of a school day.</summary>
public interface IFindingDigestStore
{
    /// <summary>Claims the earliest school location whose digest is due, with its items, or null.</summary>
    Task<IFindingDigestBatch?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

namespace IntegrationHub.Application.Console.Beheer;

/// <summary>Reads the operator's overview; never throws for a part that is down (that part is shown unreachable).</summary>
public interface IHubOverviewReader
{
    Task<HubOverview> ReadAsync(CancellationToken cancellationToken);
}

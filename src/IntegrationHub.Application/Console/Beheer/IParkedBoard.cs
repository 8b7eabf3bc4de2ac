namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// Parked deliveries for the operator's console: list them (search by id, school, reason or detail) and re-route one
/// (with its subject's later parked changes) or all, the same as <c>hub parked reroute</c>.
/// </summary>
public interface IParkedBoard
{
    Task<ResultPage<ParkedBoardRow>> ListAsync(string? query, int offset, int limit, CancellationToken cancellationToken);

    /// <returns>How many parked deliveries went back to routing.</returns>
    Task<int> RerouteAsync(long? parkedId, CancellationToken cancellationToken);
}

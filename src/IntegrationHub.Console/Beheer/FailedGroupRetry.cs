using IntegrationHub.Application.Console.Beheer;

namespace IntegrationHub.Console.Beheer;

/// <summary>
/// Retries every open message of a group, one by one, through the replayer (same message ids: the inbox or the intake
/// applies each once). A message whose send fails stays open with "verzenden mislukt" in its history; the rest go on.
/// </summary>
public sealed class FailedGroupRetry(IFailedMessageBoard board, IFailedMessageRetry retry)
{
    public async Task<(int Sent, int SendFailed)> RetryAsync(string groupKey, string by, CancellationToken cancellationToken)
    {
        var sent = 0;
        var sendFailed = 0;
        foreach (var id in await board.OpenIdsAsync(groupKey, cancellationToken))
        {
            try
            {
                if (await retry.RetryAsync(id, by, cancellationToken) is not null)
                {
                    sent++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The replayer recorded "send failed" in the message's history; the count tells the operator.
                sendFailed++;
            }
        }

        return (sent, sendFailed);
    }
}

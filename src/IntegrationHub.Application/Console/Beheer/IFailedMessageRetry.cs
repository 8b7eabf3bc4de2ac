namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// Sends a failed message back to where it came from (the same replay as <c>hub dlq replay</c>: same message id, so
/// the consumer's inbox or the intake applies it once) and records the retry in its history.
/// </summary>
public interface IFailedMessageRetry
{
    /// <returns>The retry's number in the message's history, or null when there is no such failed message.</returns>
    Task<int?> RetryAsync(long id, string by, CancellationToken cancellationToken);
}

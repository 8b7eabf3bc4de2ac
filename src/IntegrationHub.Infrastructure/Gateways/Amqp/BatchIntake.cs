using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Hands a batch of deliveries to the intake as ONE transaction. When that fails (a value PostgreSQL refuses, a
/// deadlock), nothing of it was recorded: each is then submitted on its own, in order, in its own transaction with
/// retries, so a bad message holds up only itself. Once a delivery fails because the database is not there, the
/// rest of the batch is not tried.
/// </summary>
internal sealed class BatchIntake(IServiceScopeFactory scopes, int submitAttempts, ILogger logger)
{
    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxRetryAttempts = Math.Max(0, submitAttempts - 1),
        })
        .Build();

    /// <returns>
    /// Per submission, in order: true when its outcome is durable (acknowledge it), false when it is not recorded
    /// (return it to the queue).
    /// </returns>
    public async Task<bool[]> SubmitAsync(IReadOnlyList<InboundSubmission> submissions, CancellationToken cancellationToken) =>
        (await SubmitReportingFailuresAsync(submissions, cancellationToken)).Recorded;

    /// <returns>Per submission: whether it is recorded, and for one that is not, the last exception (null when it was not tried).</returns>
    public async Task<(bool[] Recorded, Exception?[] Failures)> SubmitReportingFailuresAsync(IReadOnlyList<InboundSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var recorded = new bool[submissions.Count];
        var failures = new Exception?[submissions.Count];
        if (submissions.Count > 1)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IIntakeService>().SubmitBatchAsync(submissions, cancellationToken);
                Array.Fill(recorded, true);
                return (recorded, failures);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                AmqpGatewayLog.BatchFailed(logger, exception, submissions.Count);
            }
        }

        for (var i = 0; i < submissions.Count; i++)
        {
            try
            {
                await _retry.ExecuteAsync(token => SubmitOneAsync(submissions[i], token), cancellationToken);
                recorded[i] = true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures[i] = exception;
                AmqpGatewayLog.IntakeFailed(logger, exception, submissions[i].Sender.Brin);
                if (DatabaseAvailability.IsUnavailable(exception))
                {
                    break;
                }
            }
        }

        return (recorded, failures);
    }

    private async ValueTask SubmitOneAsync(InboundSubmission submission, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IIntakeService>().SubmitAsync(submission, cancellationToken);
    }
}

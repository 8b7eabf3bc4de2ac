using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace IntegrationHub.Infrastructure.Gateways.Partners;

/// <summary>
/// One delivery, to the point where it may be acknowledged: handed to <see cref="PartnerAnswerIntake"/> with retries. When
/// it keeps failing because the database is not there, it goes back to the queue (nothing is lost). When it keeps failing
/// while the database answers, it is poison: kept in partner_rejections as processing.failed and acknowledged, so it
/// stops coming back. A failure the database calls transient is believed for <see cref="PartnerGatewayOptions.MaxDeliveries"/>
/// deliveries, then only if the database does not answer a probe.
/// </summary>
public sealed class PartnerDeliveryHandler(
    IServiceScopeFactory scopes, DatabaseAvailability database, IOptions<PartnerGatewayOptions> options, ILogger<PartnerDeliveryHandler> logger)
{
    private readonly ResiliencePipeline _retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxRetryAttempts = Math.Max(0, options.Value.Attempts - 1),
        })
        .Build();

    /// <summary>
    /// Fails at start when the intake cannot be built (e.g. no consent registry registered), instead of keeping every
    /// partner message as poison.
    /// </summary>
    public void CheckWiring()
    {
        using var scope = scopes.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<PartnerAnswerIntake>();
    }

    /// <returns>True when the outcome is durable (acknowledge); false to return the delivery to the queue.</returns>
    public async Task<bool> HandleAsync(PartnerAnswer answer, long deliveryCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            await _retry.ExecuteAsync(async token =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PartnerAnswerIntake>().HandleAsync(answer, token);
            }, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (DatabaseAvailability.IsUnavailable(exception)
                && (deliveryCount < options.Value.MaxDeliveries || !(await database.ProbeAsync(cancellationToken)).Answers))
            {
                PartnerGatewayLog.Requeued(logger, exception, answer.UserId, deliveryCount);
                return false;
            }

            PartnerGatewayLog.Poison(logger, exception, answer.UserId, options.Value.Attempts, deliveryCount);
            return await KeepPoisonAsync(answer, cancellationToken);
        }
    }

    private async Task<bool> KeepPoisonAsync(PartnerAnswer answer, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PartnerAnswerIntake>().RecordPoisonAsync(answer, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            PartnerGatewayLog.PoisonNotKept(logger, exception, answer.UserId);
            return false;
        }
    }
}

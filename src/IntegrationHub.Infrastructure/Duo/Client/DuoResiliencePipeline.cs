using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The named Polly pipeline "duo" every DUO call runs through, outermost first: retry with jittered exponential back-off,
/// one circuit breaker for all of DUO, and a timeout per attempt. Only transient failures are retried and counted by the
/// breaker: <see cref="HttpRequestException"/> (no connection, lost answer), <see cref="TimeoutRejectedException"/> and
/// <see cref="DuoTransientException"/> (5xx, 408, 429, SOAP fault, unreadable answer). A business error is a normal
/// answer (a result, not an exception), so it is neither retried nor counted. Only the DUO client sees this pipeline.
/// </summary>
internal static class DuoResiliencePipeline
{
    public const string Name = "duo";

    /// <summary>The DUO operation of the call (for logs and metrics).</summary>
    public static readonly ResiliencePropertyKey<string> Operation = new("duo.operation");

    /// <summary>The hub's melding id the call is about, when there is one (for logs).</summary>
    public static readonly ResiliencePropertyKey<Guid> MeldingId = new("duo.melding-id");

    public static void Configure(ResiliencePipelineBuilder builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DuoClientOptions>>().Value;
        var circuit = services.GetRequiredService<DuoCircuit>();
        var metrics = services.GetRequiredService<DuoClientMetrics>();
        var logger = services.GetRequiredService<ILogger<SoapDuoRegister>>();
        var time = services.GetRequiredService<TimeProvider>();
        var transient = new PredicateBuilder()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .Handle<DuoTransientException>();

        if (options.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                OnRetry = args =>
                {
                    var operation = OperationOf(args.Context);
                    var (failure, status) = DuoFailure.Describe(args.Outcome.Exception);
                    metrics.Retry(operation);
                    DuoClientLog.Retrying(logger, operation, args.AttemptNumber + 1, failure, status, MeldingIdOf(args.Context), args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = options.CircuitFailureRatio,
            MinimumThroughput = options.CircuitMinimumThroughput,
            SamplingDuration = options.CircuitSamplingDuration,
            BreakDuration = options.CircuitBreakDuration,
            StateProvider = circuit.StateProvider,
            OnOpened = args =>
            {
                var (failure, status) = DuoFailure.Describe(args.Outcome.Exception);
                circuit.Transitioned(time.GetUtcNow());
                metrics.Transition("opened");
                DuoClientLog.CircuitOpened(logger, args.BreakDuration, OperationOf(args.Context), failure, status);
                return default;
            },
            OnHalfOpened = args =>
            {
                circuit.Transitioned(time.GetUtcNow());
                metrics.Transition("half-opened");
                DuoClientLog.CircuitHalfOpened(logger, OperationOf(args.Context));
                return default;
            },
            OnClosed = args =>
            {
                circuit.Transitioned(time.GetUtcNow());
                metrics.Transition("closed");
                DuoClientLog.CircuitClosed(logger, OperationOf(args.Context));
                return default;
            },
        });

        builder.AddTimeout(options.AttemptTimeout);
    }

    public static string OperationOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Operation, out var operation) ? operation : "unknown";

    public static Guid? MeldingIdOf(ResilienceContext context) =>
        context.Properties.TryGetValue(MeldingId, out var id) ? id : null;
}

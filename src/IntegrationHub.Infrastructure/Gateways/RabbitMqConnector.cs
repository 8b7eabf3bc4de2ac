using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Gateways;

/// <summary>
/// Opens AMQP connections with the hub's own credentials, retrying with backoff while the broker is not
/// reachable. Once open, RabbitMQ.Client's automatic recovery takes over.
/// </summary>
public sealed partial class RabbitMqConnector(IOptions<RabbitMqOptions> options, ILogger<RabbitMqConnector> logger)
{
    private readonly ResiliencePipeline _connect = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<BrokerUnreachableException>().Handle<IOException>(),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = TimeSpan.FromSeconds(15),
            MaxRetryAttempts = int.MaxValue,
            OnRetry = args =>
            {
                LogUnreachable(logger, args.Outcome.Exception, args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    public async Task<IConnection> ConnectAsync(string clientName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var factory = new ConnectionFactory
        {
            HostName = settings.Host,
            Port = settings.Port,
            VirtualHost = settings.VirtualHost,
            UserName = settings.Username,
            Password = settings.Password,
            ClientProvidedName = clientName,
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
        };
        return await _connect.ExecuteAsync(async token => await factory.CreateConnectionAsync(token), cancellationToken);
    }

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "RabbitMQ not reachable (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogUnreachable(ILogger logger, Exception? exception, int attempt, TimeSpan delay);
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Relays committed outbox rows to RabbitMQ, oldest first, a batch at a time. Wakes on NOTIFY hub_outbox (sent by
/// the writer on commit) or after the poll interval. Order is kept per destination: a row that cannot be sent stays
/// unsent and holds back the later rows of its destination, while other destinations go on; after MaxAttempts rounds
/// it is parked for an operator and the rows behind it follow.
/// </summary>
public sealed class OutboxRelay(
    NpgsqlDataSource dataSource,
    NpgsqlOutboxStore store,
    OutboxBatchSender sender,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private DateTime _nextPurge = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        NpgsqlConnection? listener = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    listener ??= await ListenAsync(stoppingToken);

                    // A full batch that sent something: more may be waiting. One that sent nothing (every row failed or
                    // held back) waits for the next wake-up, so a destination that keeps failing is tried at that pace.
                    OutboxBatchOutcome round;
                    do
                    {
                        round = await RelayBatchAsync(stoppingToken);
                    }
                    while (round.Claimed == _options.BatchSize && (round.Sent.Count > 0 || round.Blocked > 0));

                    await PurgeWhenDueAsync(stoppingToken);

                    await listener.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    OutboxLog.RelayFailed(logger, exception);
                    if (listener is not null)
                    {
                        await listener.DisposeAsync();
                        listener = null;
                    }

                    await Task.Delay(_options.PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: unsent rows stay in the outbox for the next start.
        }
        finally
        {
            if (listener is not null)
            {
                await listener.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Claims a batch, sends it (<see cref="OutboxBatchSender"/>) and records the outcome in the claim's transaction:
    /// the send-time checks (a refused row is blocked, never sent), the sent handlers, and one statement for the sent rows
    /// and one for the failed rows, sent with the commit in one round trip.
    /// </summary>
    public async Task<OutboxBatchOutcome> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var batch = await store.ClaimAsync(_options.BatchSize, _options.MaxAttempts, cancellationToken);
        var (toSend, blocked) = await batch.GateAsync(cancellationToken);
        var outcome = await sender.SendAsync(toSend, cancellationToken) with { Claimed = batch.Rows.Count, Blocked = blocked };
        await batch.CompleteAsync(outcome.Sent, outcome.Failed, cancellationToken);
        return outcome;
    }

    private async Task PurgeWhenDueAsync(CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow < _nextPurge)
        {
            return;
        }

        _nextPurge = DateTime.UtcNow + _options.PurgeInterval;
        var purged = await store.PurgeSentAsync(_options.KeepSentFor, cancellationToken);
        if (purged > 0)
        {
            OutboxLog.Purged(logger, purged);
        }
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var listen = new NpgsqlCommand($"LISTEN {OutboxWriter.NotificationChannel}", connection);
        await listen.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}

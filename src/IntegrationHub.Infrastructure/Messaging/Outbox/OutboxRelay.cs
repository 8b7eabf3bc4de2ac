using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Relays committed outbox rows to RabbitMQ, oldest first. Wakes on NOTIFY hub_outbox (sent by the writer on
/// commit) or after the poll interval. A row that cannot be sent stays unsent and stops its batch, so order is
/// kept; after MaxAttempts rounds it is parked for an operator.
/// </summary>
public sealed class OutboxRelay(
    NpgsqlDataSource dataSource,
    NpgsqlOutboxStore store,
    OutboxDispatcher dispatcher,
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
                    while (await RelayBatchAsync(stoppingToken) == _options.BatchSize)
                    {
                    }

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

    /// <summary>Sends one batch; returns how many rows were sent.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var batch = await store.ClaimAsync(_options.BatchSize, _options.MaxAttempts, cancellationToken);
        var sent = new List<OutboxRow>(batch.Rows.Count);
        var failed = new List<OutboxFailedRow>();
        foreach (var row in batch.Rows)
        {
            try
            {
                await dispatcher.SendAsync(dispatcher.Prepare(row), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                OutboxLog.SendFailed(logger, row.Sequence, row.MessageId, row.MessageType, row.Attempts + 1, exception);
                failed.Add(new OutboxFailedRow(row, exception.Message));
                break;
            }

            sent.Add(row);
        }

        await batch.MarkSentAsync(sent, cancellationToken);
        await batch.MarkFailedAsync(failed, cancellationToken);
        await batch.CommitAsync(cancellationToken);
        return sent.Count;
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

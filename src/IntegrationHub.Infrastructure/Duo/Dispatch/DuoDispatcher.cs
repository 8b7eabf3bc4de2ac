using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Duo.Dispatch;

/// <summary>
/// Sends the requests waiting in duo_outbox to DUO: runs passes (<see cref="DuoDispatchPass"/>) until nothing is due,
/// then sleeps until a new request is committed (LISTEN/NOTIFY on the consumer's commit) or the poll interval passes
/// (a request waiting on its back-off). Several processes may run it: the per-pupil lock keeps them apart.
/// </summary>
public sealed class DuoDispatcher(
    DuoDispatchPass pass, NpgsqlDataSource dataSource, IOptions<DuoDispatchOptions> options, TimeProvider time, ILogger<DuoDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        NpgsqlConnection? listener = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                listener ??= await ListenAsync(stoppingToken);
                try
                {
                    while (await pass.RunAsync(stoppingToken) > 0)
                    {
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    DuoOutboundLog.PassFailed(logger, exception);
                }

                listener = await WaitAsync(listener, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (listener is not null)
            {
                await listener.DisposeAsync();
            }
        }
    }

    private async Task<NpgsqlConnection?> ListenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"LISTEN {NpgsqlDuoOutboxStoreSql.NotificationChannel}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException)
        {
            return null; // poll only until the next try
        }
    }

    /// <summary>Sleeps until a notification or the poll interval; returns the listener still usable, or null.</summary>
    private async Task<NpgsqlConnection?> WaitAsync(NpgsqlConnection? listener, CancellationToken cancellationToken)
    {
        var interval = options.Value.PollInterval;
        if (listener is null)
        {
            await Task.Delay(interval, time, cancellationToken);
            return null;
        }

        try
        {
            await listener.WaitAsync(interval, cancellationToken);
            return listener;
        }
        catch (NpgsqlException)
        {
            await listener.DisposeAsync();
            await Task.Delay(interval, time, cancellationToken);
            return null;
        }
    }
}

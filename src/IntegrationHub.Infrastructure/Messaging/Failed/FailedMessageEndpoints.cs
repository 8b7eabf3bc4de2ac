using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>
/// Every hub endpoint's error pipe (a ConfigureEndpoints callback): MassTransit's own (a Fault event, then the message to
/// its _error queue with the reason in the MT-Fault-* headers), then the failed-message store, when this process has the
/// database. A poison message thus ends once in _error and once in the store, after its retries, and never loops.
/// </summary>
public static class FailedMessageEndpoints
{
    public static void Configure(IRegistrationContext context, string queueName, IReceiveEndpointConfigurator endpoint)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (context.GetService<NpgsqlDataSource>() is not { } dataSource)
        {
            return;
        }

        var store = new NpgsqlFailedMessageStore(dataSource);
        var time = context.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = context.GetRequiredService<ILoggerFactory>().CreateLogger<FailedMessageFilter>();
        endpoint.ConfigureError(error =>
        {
            error.UseFilter(new GenerateFaultFilter());
            error.UseFilter(new ErrorTransportFilter());
            error.UseFilter(new FailedMessageFilter(store, time, logger));
        });
    }
}

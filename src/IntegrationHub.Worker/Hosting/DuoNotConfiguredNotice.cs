namespace IntegrationHub.Worker.Hosting;

/// <summary>Says once, at start, that the "duo" role runs without a DUO endpoint (meldingen wait in duo_outbox).</summary>
public sealed partial class DuoNotConfiguredNotice(ILogger<DuoNotConfiguredNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogNotConfigured(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4700, Level = LogLevel.Warning,
        Message = "DUO is not configured (Duo:Client:Endpoint): meldingen are queued for DUO in duo_outbox and wait until a process with the duo role and a DUO endpoint runs.")]
    private static partial void LogNotConfigured(ILogger logger);
}

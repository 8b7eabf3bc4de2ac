namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>A hub whose worker exports traces and metrics over OTLP/HTTP to an <see cref="OtlpReceiver"/>.</summary>
public sealed class OtlpHubFixture : ObservabilityHubFixture
{
    private OtlpReceiver? _receiver;

    public OtlpReceiver Receiver => _receiver!;

    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>(base.WorkerSettings)
    {
        ["Observability__OtlpEndpoint"] = _receiver!.Address.AbsoluteUri,
        ["Observability__OtlpProtocol"] = "http/protobuf",
        // The SDK's own setting for the trace batch: export within a second rather than five.
        ["OTEL_BSP_SCHEDULE_DELAY"] = "1000",
    };

    public override async Task InitializeAsync()
    {
        _receiver = await OtlpReceiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }
}

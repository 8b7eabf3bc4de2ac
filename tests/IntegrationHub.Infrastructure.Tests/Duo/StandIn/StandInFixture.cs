using IntegrationHub.DuoStandIn;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

/// <summary>A plain-HTTP stand-in per test, on a fake clock, with a caller.</summary>
internal sealed class StandInFixture : IAsyncDisposable
{
    private StandInFixture(DuoStandInServer standIn, FakeTimeProvider time, StandInCaller caller)
    {
        StandIn = standIn;
        Time = time;
        Caller = caller;
    }

    public DuoStandInServer StandIn { get; }

    public FakeTimeProvider Time { get; }

    public StandInCaller Caller { get; }

    public static async Task<StandInFixture> StartAsync(Func<FakeTimeProvider, DuoStandInOptions>? options = null, TimeSpan? clientTimeout = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));
        var standIn = await DuoStandInServer.StartAsync(options?.Invoke(time) ?? new DuoStandInOptions { Time = time });
        var http = new HttpClient { Timeout = clientTimeout ?? TimeSpan.FromSeconds(30) };
        return new StandInFixture(standIn, time, new StandInCaller(http, standIn.Endpoint));
    }

    public async ValueTask DisposeAsync()
    {
        Caller.Dispose();
        await StandIn.DisposeAsync();
    }
}

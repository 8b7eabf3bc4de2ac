using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Retention;

/// <summary>A fake clock that also tells how many timers (Task.Delay on it) were made, so a test can wait until a service waits.</summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _timers;

    public int TimersCreated => Volatile.Read(ref _timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timers);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}

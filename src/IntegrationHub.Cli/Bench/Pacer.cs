namespace IntegrationHub.Cli.Bench;

/// <summary>
/// An offered rate: message n (counting from 0) is due n / <see cref="Rate"/> seconds after the first publish, so the
/// schedule never drifts however late one wake-up was. A rate of 0 is unpaced: every message is due at once.
/// </summary>
public sealed record Pacer(double Rate)
{
    public static readonly Pacer Unpaced = new(0);

    public bool IsPaced => Rate > 0;

    /// <summary>When message <paramref name="index"/> is due, since the first publish.</summary>
    public TimeSpan DueAt(long index) => IsPaced ? TimeSpan.FromSeconds(index / Rate) : TimeSpan.Zero;

    /// <summary>How long message <paramref name="index"/> must still wait at <paramref name="elapsed"/>; zero once due.</summary>
    public TimeSpan Wait(long index, TimeSpan elapsed)
    {
        var wait = DueAt(index) - elapsed;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}

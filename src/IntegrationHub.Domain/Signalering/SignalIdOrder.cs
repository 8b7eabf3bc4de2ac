namespace IntegrationHub.Domain.Signalering;

/// <summary>Orders signals by SignalId (ordinal), the order <see cref="PupilState.Signals"/> is kept in.</summary>
internal sealed class SignalIdOrder : IComparer<Signal>
{
    public static SignalIdOrder Instance { get; } = new();

    public int Compare(Signal? x, Signal? y) => string.CompareOrdinal(x?.SignalId, y?.SignalId);
}

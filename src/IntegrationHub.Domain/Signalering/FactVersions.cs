using System.Globalization;

namespace IntegrationHub.Domain.Signalering;

/// <summary>Shared by the updaters: which version wins, the state's known date range, and invariant texts.</summary>
internal static class FactVersions
{
    public static void Touch(PupilState state, DateOnly date)
    {
        if (state.MinFactDate is null || date < state.MinFactDate)
        {
            state.MinFactDate = date;
        }

        if (state.MaxFactDate is null || date > state.MaxFactDate)
        {
            state.MaxFactDate = date;
        }
    }

    /// <summary>
    /// Whether a version replaces the stored one (later OccurredAt, then EventId). A winning version with the same
    /// content (e.g. an LVS re-export: new message id, same registration) is stored, so later comparisons stay
    /// order-independent, but the updaters report no change for it: findings never depend on message ids.
    /// </summary>
    public static bool Wins(DateTimeOffset at, string id, DateTimeOffset oldAt, string oldId) =>
        at > oldAt || (at == oldAt && string.CompareOrdinal(id, oldId) > 0);

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

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

    public static bool Wins(DateTimeOffset at, string id, DateTimeOffset oldAt, string oldId) =>
        at > oldAt || (at == oldAt && string.CompareOrdinal(id, oldId) > 0);

    public static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

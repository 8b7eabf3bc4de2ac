namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>Running sums over the days inside a rolling window of school weeks.</summary>
internal sealed class WindowTotals
{
    public int OngeoorloofdMinutes { get; private set; }

    public int OngeoorloofdCountable { get; private set; }

    /// <summary>Luxe verzuim inside the ongeoorloofd figures, of days whose luxe verzuim is reported (see DayTotals.LuxeIsReported).</summary>
    public int LuxeCountable { get; private set; }

    public int LuxeMinutes { get; private set; }

    public int SickCountable { get; private set; }

    public int LateCount { get; private set; }

    public int LateMinutes { get; private set; }

    public decimal OngeoorloofdHours => OngeoorloofdCountable / 60m;

    public decimal SickHours => SickCountable / 60m;

    public decimal LateHours => LateMinutes / 60m;

    public void Add(DayTotals day, int sign = 1)
    {
        OngeoorloofdMinutes += sign * day.OngeoorloofdMinutes;
        OngeoorloofdCountable += sign * day.OngeoorloofdCountable;
        if (day.LuxeIsReported)
        {
            LuxeCountable += sign * day.LuxeCountable;
            LuxeMinutes += sign * day.LuxeMinutes;
        }

        SickCountable += sign * day.SickCountable;
        LateCount += sign * day.LateCount;
        LateMinutes += sign * day.LateMinutes;
    }

    public void Remove(DayTotals day) => Add(day, -1);
}

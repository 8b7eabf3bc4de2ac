namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>
/// Sick episodes however the LVS delivers them (domain.md section 6): the school days a sick report covers and the
/// days with absence registered with reason ziekte, merged when they touch (consecutive school days; weekends and
/// holidays do not break an episode). An episode counts once, by its first day.
/// </summary>
internal static class SickEpisodes
{
    /// <summary>
    /// The episodes from <paramref name="from"/> on; an episode running into that date is taken from its first day
    /// (so it is never cut), as far back as the horizon.
    /// </summary>
    public static List<SickEpisode> Of(Timeline timeline, Func<DayTotals, bool> counts, DateOnly from)
    {
        var episodes = new List<SickEpisode>();
        if (timeline.State.MinFactDate is not { } min)
        {
            return episodes;
        }

        var start = from > min ? from : min;
        start = start < timeline.HorizonStart ? timeline.HorizonStart : start;
        start = Folding.RunStart(timeline, start, day => day.IsSickDay && counts(day));
        DateOnly? first = null;
        var last = start;
        var ids = new List<string>();
        for (var date = start; date <= timeline.MaxDate; date = date.AddDays(1))
        {
            if (!timeline.Calendar.IsSchoolDay(date))
            {
                continue;
            }

            var day = timeline.Day(date);
            if (day.IsSickDay && counts(day))
            {
                first ??= date;
                last = date;
                ids.AddRange(day.ZiekteRecordIds.Where(id => !ids.Contains(id)));
                continue;
            }

            Close();
        }

        Close();
        return episodes;

        void Close()
        {
            if (first is { } f)
            {
                episodes.Add(new SickEpisode(f, last, [.. ids]));
            }

            first = null;
            ids = [];
        }
    }
}

namespace IntegrationHub.Application.Retention;

/// <summary>When a once-a-day job runs next: the first time after <c>now</c> that the local clock shows <c>at</c>.</summary>
public static class DailySchedule
{
    public static DateTimeOffset Next(DateTimeOffset now, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        for (var day = today; ; day = day.AddDays(1))
        {
            var local = day.ToDateTime(at);
            if (zone.IsInvalidTime(local))
            {
                local = local.AddHours(1); // the hour skipped when summer time starts
            }

            var candidate = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (candidate > now)
            {
                return candidate;
            }
        }
    }
}

using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// What the melding decisions need besides the book: the school's calendar (school days, working days), the settle
/// rule, the school's policy (mandate or approval, default melder) and the time zone its days are counted in.
/// </summary>
public sealed record MeldingContext(SchoolCalendar Calendar, MeldingSettings Settings, SchoolMeldingPolicy? Policy, TimeZoneInfo TimeZone)
{
    /// <summary>The start of a local day as an instant (in UTC).</summary>
    public DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The local date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
}

using IntegrationHub.Domain.Retention;

namespace IntegrationHub.Application.Retention;

/// <summary>
/// Per kind, the last instant that is past its term at <see cref="AsOf"/>: rows dated at or before it are removed. A row
/// of raw attendance recorded at T is removed from T + RawAttendanceDays on; a melding from the first day after its
/// school-year term (local midnight). All in UTC, as PostgreSQL takes them.
/// </summary>
public sealed record RetentionCutoffs(
    DateTimeOffset AsOf, DateTimeOffset RawAttendance, DateTimeOffset Signals, DateTimeOffset Meldingen, DateTimeOffset DisclosureLog)
{
    /// <summary>The resolution of PostgreSQL's timestamptz: "before local midnight" is midnight minus this.</summary>
    private static readonly TimeSpan Microsecond = TimeSpan.FromTicks(10);

    public static RetentionCutoffs For(DateTimeOffset asOf, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var zone = options.Zone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(asOf, zone).DateTime);
        var keptFrom = MeldingRetention.KeptFrom(today, options.MeldingenFollowingSchoolYears);
        var utc = asOf.ToUniversalTime();
        return new RetentionCutoffs(
            utc,
            utc.AddDays(-options.RawAttendanceDays),
            utc.AddDays(-options.SignalsDays),
            (LocalMidnight(keptFrom, zone) - Microsecond).ToUniversalTime(),
            utc.AddDays(-options.DisclosureLogDays));
    }

    /// <summary>The last day a melding dated at <paramref name="meldingAt"/> is kept (local date).</summary>
    public static DateOnly MeldingKeptUntil(DateTimeOffset meldingAt, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meldingAt, options.Zone).DateTime);
        return MeldingRetention.KeptUntil(local, options.MeldingenFollowingSchoolYears);
    }

    public DateTimeOffset Through(RetentionKind kind) => kind switch
    {
        RetentionKind.RawAttendance => RawAttendance,
        RetentionKind.Signals => Signals,
        RetentionKind.Meldingen => Meldingen,
        RetentionKind.DisclosureLog => DisclosureLog,
        RetentionKind.Identity => RawAttendance,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown retention kind."),
    };

    /// <summary>Midnight at the start of <paramref name="date"/> in <paramref name="zone"/> (the first valid instant of that day).</summary>
    public static DateTimeOffset LocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

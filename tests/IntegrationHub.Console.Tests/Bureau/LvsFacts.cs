using System.Globalization;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Privacy;

namespace IntegrationHub.Console.Tests.Bureau;

/// <summary>
/// What an LVS sends in the partner screens' tests: an enrolment in GM0014 (which the shipped directory routes to
/// lp-groningen), sixteen unauthorised hours on four Tuesdays of September 2026 (one melding-16-uur that settles at once),
/// four one-day sick episodes (the MAZL criterion "4 sick reports within 12 school weeks"), consent, and the school's
/// recorded conversation about a MAZL finding. BSNs only from 999990000..999999999 (elfproef).
/// </summary>
public static class LvsFacts
{
    public static readonly DateOnly BirthDate = new(2012, 3, 10);

    private static readonly DateOnly[] SeptemberTuesdays = [new(2026, 9, 8), new(2026, 9, 15), new(2026, 9, 22), new(2026, 9, 29)];

    private static readonly DateOnly[] SickMondays = [new(2026, 9, 7), new(2026, 9, 14), new(2026, 9, 21), new(2026, 9, 28)];

    public static PupilRef Pupil(int number) => new()
    {
        PersoonsgebondenNummer = TestBsn(number),
        NummerSoort = NummerSoort.Bsn,
        LvsPupilKey = $"lvskey-cp{number:D5}",
    };

    public static PupilEnrolled Enrolment(string brin, PupilRef pupil) => new()
    {
        Envelope = Envelope(brin, new DateTimeOffset(2026, 8, 17, 15, 0, 0, TimeSpan.Zero)),
        Pupil = pupil,
        EnrolledOn = new DateOnly(2026, 8, 17),
        BirthDate = BirthDate,
        WoongemeenteCode = "GM0014",
        SchoolType = SchoolType.Vo,
        HasStartkwalificatie = false,
    };

    public static IEnumerable<AttendanceRegistered> SixteenHours(string brin, PupilRef pupil) => SixteenHours(brin, pupil, SeptemberTuesdays);

    private static IEnumerable<AttendanceRegistered> SixteenHours(string brin, PupilRef pupil, IEnumerable<DateOnly> days) =>
        from day in days
        from lesson in Enumerable.Range(0, 4)
        select new AttendanceRegistered
        {
            Envelope = Envelope(brin, new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero)),
            Pupil = pupil,
            RegistrationId = $"{brin}-{pupil.LvsPupilKey}-{day:yyyyMMdd}-{lesson}",
            Date = day,
            StartTime = new TimeOnly(8 + lesson, 30),
            Minutes = 50,
            Unit = AttendanceUnit.Lesson,
            Status = AttendanceStatus.AbsentUnauthorised,
            ReasonCategory = ReasonCategory.Spijbelen,
        };

    /// <summary>
    /// Sixteen unauthorised lessons on the four school days before <paramref name="today"/>: a melding-16-uur whose finding
    /// was triggered on the last school day, so it is still provisional (it settles after the parents' school days and a
    /// day without change). Limit: in the first working days after a holiday of more than a week its legal deadline has
    /// passed, and the hub then settles it ten quiet minutes after it was raised.
    /// </summary>
    public static IEnumerable<AttendanceRegistered> RecentSixteenHours(string brin, PupilRef pupil, DateOnly today)
    {
        // The four most recent school days of the test school's calendar (region Midden, as ConsoleHubFixture
        // provisions it), so that a weekend, a public holiday or a holiday week before today cannot leave the pupil
        // without sixteen counted hours.
        var calendar = SchoolCalendar.Create(SchoolRegion.Midden);
        var days = new List<DateOnly>();
        for (var day = today.AddDays(-1); days.Count < 4 && day > today.AddDays(-400); day = day.AddDays(-1))
        {
            if (calendar.IsSchoolDay(day))
            {
                days.Insert(0, day);
            }
        }

        return SixteenHours(brin, pupil, days);
    }

    /// <summary>A sick report and its recovery the next day for each of four Mondays in September 2026.</summary>
    public static IEnumerable<object> SickEpisodes(string brin, PupilRef pupil)
    {
        foreach (var day in SickMondays)
        {
            var id = $"sick-{pupil.LvsPupilKey}-{day:yyyyMMdd}";
            yield return new SickReported { Envelope = Envelope(brin, At(day, 8)), Pupil = pupil, SickReportId = id, From = day, ReportedBy = SickReportedBy.Parent };
            yield return new RecoveryReported { Envelope = Envelope(brin, At(day.AddDays(1), 8)), Pupil = pupil, SickReportId = id, RecoveredOn = day.AddDays(1) };
        }
    }

    /// <summary>Consent for <paramref name="scope"/>, given by whom the WGBO names for the pupil's age today.</summary>
    public static ConsentGiven Consent(string brin, PupilRef pupil, string consentId, ConsentScope scope) => new()
    {
        Envelope = Envelope(brin, DateTimeOffset.UtcNow),
        Pupil = pupil,
        ConsentId = consentId,
        Scope = scope,
        GivenBy = ConsentRules.RequiredGiver(BirthDate, DateOnly.FromDateTime(DateTime.UtcNow)) switch
        {
            ConsentGiver.Parents => ConsentGivenBy.Parents,
            ConsentGiver.Pupil => ConsentGivenBy.Pupil,
            _ => ConsentGivenBy.ParentsAndPupil,
        },
        ValidFrom = new DateOnly(2026, 9, 1),
        ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
    };

    /// <summary>The school talked with pupil and parents about its MAZL finding and they agreed to ask the jeugdarts.</summary>
    public static MazlConversationRecorded Conversation(string brin, PupilRef pupil, string findingId) => new()
    {
        Envelope = Envelope(brin, DateTimeOffset.UtcNow),
        Pupil = pupil,
        FindingId = findingId,
        HeldOn = new DateOnly(2026, 10, 6),
        WithPupil = true,
        WithParents = true,
        ReferToJgz = true,
    };

    /// <summary>The number-th BSN (1-based) in 999990000..999999999 that passes the elfproef.</summary>
    public static string TestBsn(int number)
    {
        var found = 0;
        for (var candidate = 999_990_000; candidate <= 999_999_999; candidate++)
        {
            var digits = candidate.ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (digits[i] - '0') * (9 - i);
            }

            sum -= digits[8] - '0';
            if (sum % 11 == 0 && ++found == number)
            {
                return digits;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(number));
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static Envelope Envelope(string brin, DateTimeOffset occurredAt) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "ConsoleTests",
        OccurredAt = occurredAt,
        SchemaVersion = "1.0",
    };
}

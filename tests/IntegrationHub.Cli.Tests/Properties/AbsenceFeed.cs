using IntegrationHub.Cli.Feed;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.Properties;

/// <summary>
/// Small random feeds of po and vo pupils at two schools in the autumn of 2026: enrolments, then per school day some
/// missed lessons (vo) or dagdelen (po), spijbelen, onbekend or luxe verzuim, with now and then a later correction to
/// overmacht. Lines are in the order the facts happened, each at its own day.
/// </summary>
internal static class AbsenceFeed
{
    private static readonly SchoolRef Po = new() { Brin = "12AB", Vestiging = "00" };
    private static readonly SchoolRef Vo = new() { Brin = "34CD", Vestiging = "00" };

    /// <param name="schoolDays">How many weekdays from Monday 7 September 2026 the feed covers.</param>
    public static List<FeedLine> Generate(Random random, int pupils, int schoolDays)
    {
        var lines = new List<(DateOnly Day, string Line)>();
        var enrolled = new DateOnly(2026, 9, 1);
        var days = Weekdays(new DateOnly(2026, 9, 7), schoolDays).ToList();
        for (var p = 1; p <= pupils; p++)
        {
            var isPo = random.Next(3) == 0;
            var school = isPo ? Po : Vo;
            var pupil = new PupilRef { PersoonsgebondenNummer = SampleFeedGenerator.TestBsn(20 + p), NummerSoort = NummerSoort.Bsn, LvsPupilKey = $"{(isPo ? "po" : "vo")}-{p}" };
            lines.Add((enrolled, FeedFile.Line(new PupilEnrolled
            {
                Envelope = Envelope(school, enrolled, random), Pupil = pupil, EnrolledOn = enrolled,
                BirthDate = isPo ? new DateOnly(2018, 4, 1) : new DateOnly(2012, 4, 1), WoongemeenteCode = "GM0344",
                SchoolType = isPo ? SchoolType.Po : SchoolType.Vo, HasStartkwalificatie = false,
            })));
            var absentRate = random.Next(4) switch { 0 => 0.1, 1 => 0.4, 2 => 0.7, _ => 0.95 };
            foreach (var day in days.Where(_ => random.NextDouble() < absentRate))
            {
                var reason = isPo && random.Next(5) == 0 ? ReasonCategory.LuxeVerzuim : random.Next(2) == 0 ? ReasonCategory.Spijbelen : ReasonCategory.Onbekend;
                var slots = isPo ? new[] { (new TimeOnly(8, 30), 180), (new TimeOnly(12, 45), 150) } : [.. Enumerable.Range(0, 7).Select(i => (new TimeOnly(8, 30).AddMinutes(60 * i), 50))];
                var from = random.Next(slots.Length);
                var count = random.Next(2) == 0 ? slots.Length - from : 1 + random.Next(slots.Length - from);
                foreach (var (start, minutes) in slots.Skip(from).Take(count))
                {
                    var registration = new AttendanceRegistered
                    {
                        Envelope = Envelope(school, day, random), Pupil = pupil, RegistrationId = $"{pupil.LvsPupilKey}-{day:yyyyMMdd}-{start:HHmm}",
                        Date = day, StartTime = start, Minutes = minutes, Unit = isPo ? AttendanceUnit.Dagdeel : AttendanceUnit.Lesson,
                        Status = AttendanceStatus.AbsentUnauthorised, ReasonCategory = reason, LvsReasonCode = "LVS-" + reason,
                    };
                    lines.Add((day, FeedFile.Line(registration)));
                    if (random.Next(25) == 0)
                    {
                        var on = days.FirstOrDefault(d => d > day.AddDays(random.Next(1, 10)), day);
                        lines.Add((on, FeedFile.Line(new AttendanceCorrected
                        {
                            Envelope = Envelope(school, on, random), Pupil = pupil, RegistrationId = registration.RegistrationId, Date = day,
                            StartTime = start, Minutes = minutes, Unit = registration.Unit,
                            Status = AttendanceStatus.AbsentAuthorised, ReasonCategory = ReasonCategory.Overmacht,
                        })));
                    }
                }
            }
        }

        using var reader = new StringReader(string.Join('\n', lines.OrderBy(l => l.Day).Select(l => l.Line)));
        return [.. FeedFile.Read(reader)];
    }

    private static Envelope Envelope(SchoolRef school, DateOnly day, Random random) => new()
    {
        MessageId = NewId(random),
        School = school,
        SourceSystem = "generated",
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
        SchemaVersion = "1.0",
    };

    private static Guid NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static IEnumerable<DateOnly> Weekdays(DateOnly first, int count) =>
        Enumerable.Range(0, count * 2).Select(first.AddDays).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(count);
}

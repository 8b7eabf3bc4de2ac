using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Feed;

/// <summary>
/// Writes the bundled sample feed (infra/sample/feed.jsonl): three schools and eight pupils over the autumn
/// of school year 2026-2027, each pupil showing one rule, plus the mistakes a school makes (a BRIN that is not
/// its own, a body that is not JSON, an impossible value, a message sent twice). Deterministic: the same
/// lines every run. All persoonsgebonden nummers are test numbers from the 99999xxxx range.
/// </summary>
public sealed class SampleFeedGenerator
{
    public static readonly SchoolRef Basisschool = new() { Brin = "12AB", Vestiging = "00" };
    public static readonly SchoolRef College = new() { Brin = "34CD", Vestiging = "00" };
    public static readonly SchoolRef Roc = new() { Brin = "56EF", Vestiging = "01" };

    private readonly List<string> _lines = [];
    private int _sequence;

    public static IReadOnlyList<string> Generate()
    {
        var generator = new SampleFeedGenerator();
        generator.Write();
        return generator._lines;
    }

    private void Write()
    {
        var enrolled = new DateOnly(2026, 8, 17);

        // 1. Sixteen lesson hours of spijbelen in four school weeks: a 16-uur melding to leerplicht.
        var p1 = Pupil(1, "vo-1001");
        Enrol(College, p1, enrolled, new DateOnly(2012, 3, 10), "GM0014", SchoolType.Vo);
        foreach (var tuesday in Weekly(new DateOnly(2026, 9, 8), 4))
        {
            Lessons(College, p1, tuesday, 4, 50, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Spijbelen);
        }

        // 2. Four sick reports within twelve school weeks: MAZL criterion, told to the school first.
        var p2 = Pupil(2, "vo-1002");
        Enrol(College, p2, enrolled, new DateOnly(2011, 11, 2), "GM0014", SchoolType.Vo);
        foreach (var (from, back) in new[] { (9, 8), (9, 22), (10, 6), (11, 3) }.Select(d => new DateOnly(2026, d.Item1, d.Item2)).Select(d => (d, d.AddDays(2))))
        {
            Add(College, new SickReported { Envelope = Env(College, from), Pupil = p2, SickReportId = $"ziek-{from:MMdd}", From = from, ReportedBy = SickReportedBy.Parent });
            Add(College, new RecoveryReported { Envelope = Env(College, back), Pupil = p2, SickReportId = $"ziek-{from:MMdd}", RecoveredOn = back });
        }

        // 3. A po pupil kept home for three days before the autumn holiday without leave: luxe verzuim.
        var p3 = Pupil(3, "po-2001");
        Enrol(Basisschool, p3, enrolled, new DateOnly(2018, 5, 1), "GM0344", SchoolType.Po);
        foreach (var day in Days(new DateOnly(2026, 10, 14), 3))
        {
            Dagdelen(Basisschool, p3, day, AttendanceStatus.AbsentUnauthorised, ReasonCategory.LuxeVerzuim);
        }

        // 4. Six late arrivals: the school's ladder steps 3 and 6.
        var p4 = Pupil(4, "vo-1003");
        Enrol(College, p4, enrolled, new DateOnly(2012, 1, 20), "GM0014", SchoolType.Vo);
        foreach (var day in Days(new DateOnly(2026, 9, 14), 6))
        {
            Add(College, Registration(College, p4, day, new TimeOnly(8, 30), 10, AttendanceUnit.Lesson, AttendanceStatus.Late, ReasonCategory.TeLaat));
        }

        // 5. An mbo student of 19 without startkwalificatie, away for five weeks: RMC.
        var p5 = Pupil(5, "mbo-3001");
        Enrol(Roc, p5, enrolled, new DateOnly(2007, 2, 1), "GM0363", SchoolType.Mbo);
        foreach (var day in Days(new DateOnly(2026, 9, 14), 25))
        {
            Lessons(Roc, p5, day, 3, 90, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Onbekend);
        }

        // 6. A 16-year-old without startkwalificatie deregistered with no new school: absoluut verzuim.
        var p6 = Pupil(6, "vo-1004");
        Enrol(College, p6, enrolled, new DateOnly(2010, 6, 1), "GM0014", SchoolType.Vo);
        Add(College, new PupilDeregistered { Envelope = Env(College, new DateOnly(2026, 10, 2)), Pupil = p6, DeregisteredOn = new DateOnly(2026, 10, 2), Reason = DeregistrationReason.Unknown });

        // 7. Sixteen hours, then the school corrects two afternoons to overmacht: the melding is withdrawn.
        var p7 = Pupil(7, "vo-1005");
        Enrol(College, p7, enrolled, new DateOnly(2012, 7, 7), "GM0014", SchoolType.Vo);
        var corrected = new List<AttendanceRegistered>();
        foreach (var thursday in Weekly(new DateOnly(2026, 9, 10), 4))
        {
            corrected.AddRange(Lessons(College, p7, thursday, 4, 50, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Onbekend));
        }

        foreach (var registration in corrected.Take(2))
        {
            Add(College, new AttendanceCorrected
            {
                Envelope = Env(College, new DateOnly(2026, 10, 5)),
                Pupil = p7,
                RegistrationId = registration.RegistrationId,
                Date = registration.Date,
                StartTime = registration.StartTime,
                Minutes = registration.Minutes,
                Unit = registration.Unit,
                Status = AttendanceStatus.AbsentAuthorised,
                ReasonCategory = ReasonCategory.Overmacht,
            });
        }

        // 8. A po pupil who is simply there.
        var p8 = Pupil(8, "po-2002");
        Enrol(Basisschool, p8, enrolled, new DateOnly(2017, 9, 12), "GM0344", SchoolType.Po);
        foreach (var day in Days(new DateOnly(2026, 9, 7), 5))
        {
            Dagdelen(Basisschool, p8, day, AttendanceStatus.Present, ReasonCategory.Geen);
        }

        // Mistakes a school makes, each answered on its own feedback queue.
        var mismatch = Registration(College, p8, new DateOnly(2026, 9, 9), new TimeOnly(8, 30), 50, AttendanceUnit.Lesson, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Spijbelen);
        _lines.Add(FeedFile.Line(mismatch, sender: Basisschool.Brin));
        _lines.Add(FeedFile.RawLine(nameof(AttendanceRegistered), "{ this is not json", sender: Basisschool.Brin));
        Add(Basisschool, Registration(Basisschool, p8, new DateOnly(2026, 9, 10), new TimeOnly(8, 30), 0, AttendanceUnit.Dagdeel, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Onbekend));
        var twice = Registration(Basisschool, p8, new DateOnly(2026, 9, 11), new TimeOnly(12, 45), 150, AttendanceUnit.Dagdeel, AttendanceStatus.Present, ReasonCategory.Geen);
        Add(Basisschool, twice);
        Add(Basisschool, twice);
    }

    private void Enrol(SchoolRef school, PupilRef pupil, DateOnly on, DateOnly birthDate, string woongemeente, SchoolType type) =>
        Add(school, new PupilEnrolled
        {
            Envelope = Env(school, on),
            Pupil = pupil,
            EnrolledOn = on,
            BirthDate = birthDate,
            WoongemeenteCode = woongemeente,
            SchoolType = type,
            HasStartkwalificatie = false,
        });

    private List<AttendanceRegistered> Lessons(SchoolRef school, PupilRef pupil, DateOnly day, int count, int minutes, AttendanceStatus status, ReasonCategory reason)
    {
        var registrations = new List<AttendanceRegistered>();
        for (var lesson = 0; lesson < count; lesson++)
        {
            var start = new TimeOnly(8, 30).AddMinutes(lesson * (minutes + 10));
            var registration = Registration(school, pupil, day, start, minutes, AttendanceUnit.Lesson, status, reason);
            registrations.Add(registration);
            Add(school, registration);
        }

        return registrations;
    }

    private void Dagdelen(SchoolRef school, PupilRef pupil, DateOnly day, AttendanceStatus status, ReasonCategory reason)
    {
        Add(school, Registration(school, pupil, day, new TimeOnly(8, 30), 180, AttendanceUnit.Dagdeel, status, reason));
        Add(school, Registration(school, pupil, day, new TimeOnly(12, 45), 150, AttendanceUnit.Dagdeel, status, reason));
    }

    private AttendanceRegistered Registration(SchoolRef school, PupilRef pupil, DateOnly day, TimeOnly start, int minutes, AttendanceUnit unit, AttendanceStatus status, ReasonCategory reason) => new()
    {
        Envelope = Env(school, day),
        Pupil = pupil,
        RegistrationId = $"{pupil.LvsPupilKey}-{day:yyyyMMdd}-{start:HHmm}",
        Date = day,
        StartTime = start,
        Minutes = minutes,
        Unit = unit,
        Status = status,
        ReasonCategory = reason,
        LvsReasonCode = reason == ReasonCategory.Geen ? null : "LVS-" + reason.ToString().ToUpperInvariant(),
    };

    private Envelope Env(SchoolRef school, DateOnly day) => new()
    {
        MessageId = NextId(),
        School = school,
        SourceSystem = school == Basisschool ? "ParnasSys" : school == College ? "Somtoday" : "Eduarte",
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero).AddSeconds(_sequence),
        SchemaVersion = "1.0",
    };

    private void Add<T>(SchoolRef school, T message)
        where T : notnull
    {
        _ = school;
        _lines.Add(FeedFile.Line(message));
    }

    private Guid NextId()
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"integrationhub-sample-{++_sequence}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static PupilRef Pupil(int number, string lvsKey) => new()
    {
        PersoonsgebondenNummer = TestBsn(number),
        NummerSoort = NummerSoort.Bsn,
        LvsPupilKey = lvsKey,
    };

    /// <summary>The number-th BSN in 999990000..999999999 that passes the elfproef: test numbers, not people.</summary>
    public static string TestBsn(int number)
    {
        var found = 0;
        for (var candidate = 999_990_000; ; candidate++)
        {
            var digits = candidate.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
    }

    private static IEnumerable<DateOnly> Weekly(DateOnly first, int weeks) =>
        Enumerable.Range(0, weeks).Select(w => first.AddDays(7 * w));

    /// <summary>The next <paramref name="count"/> weekdays from <paramref name="first"/>.</summary>
    private static IEnumerable<DateOnly> Days(DateOnly first, int count)
    {
        var day = first;
        for (var taken = 0; taken < count; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            taken++;
            yield return day;
        }
    }
}

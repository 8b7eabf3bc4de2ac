using System.Text.Json;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The benchmark feed, seeded and deterministic: <c>Schools</c> schools alternating po and vo over the three
/// vakantieregio's, pupils enrolled round-robin (po aged 4-11, vo 12-17 on <see cref="FirstDay"/>, each with a
/// woongemeente of the school's region), then for every school day the mix of <see cref="BenchDailyMix"/>,
/// day by day, pupil by pupil. Persoonsgebonden nummers are test BSNs: the numbers from 999999999 downward
/// (the 9999xxxxx test block) that pass the elfproef, not people. <see cref="Stream"/> yields the feed one pupil-day
/// at a time, so a long feed is never held in memory; <see cref="Generate"/> is the same feed as a list.
/// </summary>
public sealed class BenchFeedGenerator
{
    /// <summary>The first school day: a Monday after the summer holidays of every region.</summary>
    public static readonly DateOnly FirstDay = new(2026, 9, 7);

    private const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static readonly string[][] Gemeenten =
    [
        ["GM0014", "GM0034", "GM0080"], // noord: Groningen, Almere, Leeuwarden
        ["GM0344", "GM0363", "GM0518"], // midden: Utrecht, Amsterdam, 's-Gravenhage
        ["GM0772", "GM0855", "GM0935"], // zuid: Eindhoven, Tilburg, Maastricht
    ];

    /// <summary>Test BSNs that pass the elfproef in 999900000..999999999: the most pupils a feed can have.</summary>
    public const int MaxPupils = 9000;

    private readonly Random _random;
    private readonly List<BenchMessage> _messages = [];
    private readonly BenchFeedSettings _settings;
    private readonly List<string> _bsns;

    private BenchFeedGenerator(BenchFeedSettings settings)
    {
        _settings = settings;
        _random = new Random(settings.Seed);
        _bsns = TestBsns(settings.Pupils);
    }

    public static BenchFeed Generate(BenchFeedSettings settings)
    {
        var messages = Stream(settings).ToList();
        return new BenchFeed(Schools(settings), messages, settings.Pupils);
    }

    /// <summary>The schools of a feed with these settings.</summary>
    public static IReadOnlyList<BenchSchool> Schools(BenchFeedSettings settings)
    {
        Check(settings);
        return Enumerable.Range(0, settings.Schools).Select(School).ToList();
    }

    /// <summary>The feed in publish order, generated as it is read: the enrolments, then one pupil-day at a time.</summary>
    public static IEnumerable<BenchMessage> Stream(BenchFeedSettings settings)
    {
        var schools = Schools(settings);
        return Messages(new BenchFeedGenerator(settings), schools, settings.Days);
    }

    private static IEnumerable<BenchMessage> Messages(BenchFeedGenerator generator, IReadOnlyList<BenchSchool> schools, int days)
    {
        var pupils = generator.Enrol(schools);
        foreach (var message in generator.Drain())
        {
            yield return message;
        }

        foreach (var day in SchoolDays(days))
        {
            foreach (var pupil in pupils)
            {
                generator.Day(pupil, day);
                foreach (var message in generator.Drain())
                {
                    yield return message;
                }
            }
        }
    }

    private static void Check(BenchFeedSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Pupils, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Days, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Schools, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.Schools, Base36.Length * Base36.Length);
    }

    private List<BenchMessage> Drain()
    {
        var drained = _messages.ToList();
        _messages.Clear();
        return drained;
    }

    /// <summary>The next <paramref name="count"/> weekdays from <see cref="FirstDay"/>.</summary>
    public static IEnumerable<DateOnly> SchoolDays(int count) =>
        Enumerable.Range(0, int.MaxValue).Select(FirstDay.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(count);

    /// <summary>How many school days from <see cref="FirstDay"/> lie before <paramref name="today"/>: the most days a feed can have.</summary>
    public static int SchoolDaysBefore(DateOnly today) =>
        SchoolDays(Math.Max(0, today.DayNumber - FirstDay.DayNumber)).Count(d => d < today);

    /// <summary>BRIN 99xx: "99" and two base-36 characters, so up to 1,296 schools that never meet the sample's BRINs.</summary>
    private static BenchSchool School(int index) =>
        new($"99{Base36[index / 36]}{Base36[index % 36]}",
            $"Benchschool {index + 1}",
            index % 2 == 0 ? SchoolType.Po : SchoolType.Vo,
            (SchoolRegion)(index % 3));

    private List<BenchPupil> Enrol(IReadOnlyList<BenchSchool> schools)
    {
        var pupils = new List<BenchPupil>(_settings.Pupils);
        for (var i = 0; i < _settings.Pupils; i++)
        {
            var school = schools[i % schools.Count];
            var age = school.Type == SchoolType.Po ? _random.Next(4, 12) : _random.Next(12, 18);
            var birthDate = FirstDay.AddYears(-age).AddDays(-_random.Next(0, 365));
            var gemeenten = Gemeenten[(int)school.Region];
            var pupil = new BenchPupil(school, new PupilRef { PersoonsgebondenNummer = _bsns[i], NummerSoort = NummerSoort.Bsn, LvsPupilKey = $"bench-{i + 1}" }, birthDate, gemeenten[_random.Next(gemeenten.Length)]);
            pupils.Add(pupil);
            Add(school, new PupilEnrolled
            {
                Envelope = Env(school, FirstDay.AddDays(-7), new TimeOnly(9, 0)),
                Pupil = pupil.Ref,
                EnrolledOn = FirstDay.AddDays(-7),
                BirthDate = birthDate,
                WoongemeenteCode = pupil.Woongemeente,
                SchoolType = school.Type,
                HasStartkwalificatie = false,
            });
        }

        return pupils;
    }

    private void Day(BenchPupil pupil, DateOnly day)
    {
        var school = pupil.School;
        var marks = Marks(school.Type);
        var draw = _random.NextDouble();
        if (draw < BenchDailyMix.Sick)
        {
            var id = $"ziek-{pupil.Ref.LvsPupilKey}-{day:yyyyMMdd}";
            Add(school, new SickReported { Envelope = Env(school, day, new TimeOnly(7, 45)), Pupil = pupil.Ref, SickReportId = id, From = day, ReportedBy = SickReportedBy.Parent });
            Marks(pupil, day, marks, _ => (AttendanceStatus.AbsentAuthorised, ReasonCategory.Ziekte));
            Add(school, new RecoveryReported { Envelope = Env(school, day, new TimeOnly(16, 0)), Pupil = pupil.Ref, SickReportId = id, RecoveredOn = day.AddDays(1) });
        }
        else if (draw < BenchDailyMix.Sick + BenchDailyMix.Leave)
        {
            Add(school, new LeaveGranted { Envelope = Env(school, day, new TimeOnly(7, 30)), Pupil = pupil.Ref, LeaveId = $"verlof-{pupil.Ref.LvsPupilKey}-{day:yyyyMMdd}", Kind = LeaveKind.GewichtigeOmstandigheden, From = day, To = day, GrantedBy = LeaveGrantedBy.Schoolleider });
            Marks(pupil, day, marks, _ => (AttendanceStatus.AbsentAuthorised, ReasonCategory.Verlof));
        }
        else if (draw < BenchDailyMix.Sick + BenchDailyMix.Leave + BenchDailyMix.Absent)
        {
            var absent = school.Type == SchoolType.Po ? 1 : _random.Next(1, 4);
            var first = _random.Next(0, marks.Count - absent + 1);
            var reason = _random.Next(2) == 0 ? ReasonCategory.Spijbelen : ReasonCategory.Onbekend;
            var registered = Marks(pupil, day, marks, i => i >= first && i < first + absent ? (AttendanceStatus.AbsentUnauthorised, reason) : (AttendanceStatus.Present, ReasonCategory.Geen));
            if (_random.NextDouble() < BenchDailyMix.CorrectedAbsence)
            {
                var wrong = registered[first];
                Add(school, new AttendanceCorrected
                {
                    Envelope = Env(school, day, new TimeOnly(15, 30)),
                    Pupil = pupil.Ref,
                    RegistrationId = wrong.RegistrationId,
                    Date = day,
                    StartTime = wrong.StartTime,
                    Minutes = wrong.Minutes,
                    Unit = wrong.Unit,
                    Status = AttendanceStatus.AbsentAuthorised,
                    ReasonCategory = ReasonCategory.Overmacht,
                });
            }
        }
        else if (draw < BenchDailyMix.Sick + BenchDailyMix.Leave + BenchDailyMix.Absent + BenchDailyMix.Late)
        {
            Marks(pupil, day, marks, i => i == 0 ? (AttendanceStatus.Late, ReasonCategory.TeLaat) : (AttendanceStatus.Present, ReasonCategory.Geen));
        }
        else
        {
            Marks(pupil, day, marks, _ => (AttendanceStatus.Present, ReasonCategory.Geen));
        }
    }

    private List<AttendanceRegistered> Marks(BenchPupil pupil, DateOnly day, IReadOnlyList<(TimeOnly Start, int Minutes, AttendanceUnit Unit)> marks, Func<int, (AttendanceStatus Status, ReasonCategory Reason)> outcome)
    {
        var registered = new List<AttendanceRegistered>(marks.Count);
        for (var i = 0; i < marks.Count; i++)
        {
            var (status, reason) = outcome(i);
            var mark = marks[i];
            var registration = new AttendanceRegistered
            {
                Envelope = Env(pupil.School, day, mark.Start.AddMinutes(mark.Minutes)),
                Pupil = pupil.Ref,
                RegistrationId = $"{pupil.Ref.LvsPupilKey}-{day:yyyyMMdd}-{mark.Start:HHmm}",
                Date = day,
                StartTime = mark.Start,
                Minutes = mark.Minutes,
                Unit = mark.Unit,
                Status = status,
                ReasonCategory = reason,
                LvsReasonCode = reason == ReasonCategory.Geen ? null : "LVS-" + reason.ToString().ToUpperInvariant(),
            };
            registered.Add(registration);
            Add(pupil.School, registration);
        }

        return registered;
    }

    private static IReadOnlyList<(TimeOnly Start, int Minutes, AttendanceUnit Unit)> Marks(SchoolType type) =>
        type == SchoolType.Po
            ? [(new TimeOnly(8, 30), 180, AttendanceUnit.Dagdeel), (new TimeOnly(12, 45), 150, AttendanceUnit.Dagdeel)]
            : Enumerable.Range(0, BenchDailyMix.VoMarks).Select(i => (new TimeOnly(8, 30).AddMinutes(i * 60), 50, AttendanceUnit.Lesson)).ToList();

    private Envelope Env(BenchSchool school, DateOnly day, TimeOnly at) => new()
    {
        MessageId = NextId(),
        School = new SchoolRef { Brin = school.Brin, Vestiging = "00" },
        SourceSystem = school.Type == SchoolType.Po ? "ParnasSys" : "Somtoday",
        OccurredAt = new DateTimeOffset(day.ToDateTime(at), TimeSpan.Zero),
        SchemaVersion = "1.0",
    };

    private void Add<T>(BenchSchool school, T message)
        where T : notnull
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, ContractJson.Options);
        using var document = JsonDocument.Parse(body);
        var id = document.RootElement.GetProperty("envelope").GetProperty("messageId").GetGuid();
        _messages.Add(new BenchMessage(school.Brin, typeof(T).Name, id, body));
    }

    private Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static List<string> TestBsns(int count)
    {
        var found = new List<string>(count);
        for (var candidate = 999_999_999; found.Count < count && candidate >= 999_900_000; candidate--)
        {
            var digits = candidate.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (digits[i] - '0') * (9 - i);
            }

            if ((sum - (digits[8] - '0')) % 11 == 0)
            {
                found.Add(digits);
            }
        }

        return found.Count == count ? found : throw new ArgumentOutOfRangeException(nameof(count), count, $"at most {MaxPupils:N0} test BSNs exist in 999900000..999999999");
    }
}

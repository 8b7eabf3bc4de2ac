using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Calendar;

namespace IntegrationHub.Worker.Tests.Meldingen;

/// <summary>The facts an LVS sends in the melding tests: an enrolment, lessons missed, a correction, a move, a decision.</summary>
public static class MeldingFacts
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Four consecutive Tuesdays, 8-29 September 2026 (no holiday in any region): 16 hours settle at once,
    /// because their legal deadline (and so the latest moment to make the melding) lies in the past.</summary>
    public static IReadOnlyList<DateOnly> SeptemberTuesdays { get; } =
        [new(2026, 9, 8), new(2026, 9, 15), new(2026, 9, 22), new(2026, 9, 29)];

    /// <summary>The leerplicht organisation the shipped directory maps the test pupils' woongemeente (GM0014) to.</summary>
    public const string LeerplichtOfTheirWoongemeente = "lp-groningen";

    public static PupilRef Pupil(int number, string? lvsPupilKey = null) =>
        Support.TestMessages.Pupil(number) with { LvsPupilKey = lvsPupilKey ?? Support.TestMessages.LvsPupilKey(number) };

    public static PupilEnrolled Enrolment(string brin, PupilRef pupil, DateOnly on) => new()
    {
        Envelope = Envelope(brin, on),
        Pupil = pupil,
        EnrolledOn = on,
        BirthDate = new DateOnly(2012, 3, 10),
        WoongemeenteCode = "GM0014",
        SchoolType = SchoolType.Vo,
        HasStartkwalificatie = false,
    };

    /// <summary><paramref name="perDay"/> unauthorised 50-minute lessons (spijbelen) on each day, from 8:30 on the hour.</summary>
    public static IReadOnlyList<AttendanceRegistered> MissedLessons(string brin, PupilRef pupil, IEnumerable<DateOnly> days, int perDay = 4) =>
        (from day in days
         from lesson in Enumerable.Range(0, perDay)
         select new AttendanceRegistered
         {
             Envelope = Envelope(brin, day),
             Pupil = pupil,
             RegistrationId = $"{brin}-{day:yyyyMMdd}-{lesson}",
             Date = day,
             StartTime = new TimeOnly(8 + lesson, 30),
             Minutes = 50,
             Unit = AttendanceUnit.Lesson,
             Status = AttendanceStatus.AbsentUnauthorised,
             ReasonCategory = ReasonCategory.Spijbelen,
         }).ToList();

    /// <summary>
    /// The school learns the lesson was missed for a reason beyond anyone's control: it becomes geoorloofd. The
    /// correction happens now, after the registration: the latest version of a registration wins by OccurredAt (a tie
    /// is broken by message id, so a correction stamped with the registration's own time would lose half the time).
    /// </summary>
    public static AttendanceCorrected Overmacht(AttendanceRegistered lesson) => new()
    {
        Envelope = Envelope(lesson.Envelope.School.Brin, DateTimeOffset.UtcNow),
        Pupil = lesson.Pupil,
        RegistrationId = lesson.RegistrationId,
        Date = lesson.Date,
        StartTime = lesson.StartTime,
        Minutes = lesson.Minutes,
        Unit = lesson.Unit,
        Status = AttendanceStatus.AbsentAuthorised,
        ReasonCategory = ReasonCategory.Overmacht,
    };

    public static PupilDeregistered Deregistration(string brin, PupilRef pupil, DateOnly on, string destinationBrin) => new()
    {
        Envelope = Envelope(brin, on),
        Pupil = pupil,
        DeregisteredOn = on,
        DestinationSchool = new SchoolRef { Brin = destinationBrin, Vestiging = "00" },
        Reason = DeregistrationReason.SchoolChange,
    };

    public static DecideVerzuimmelding Withdrawal(string brin, Guid meldingId, string reason) => new()
    {
        Envelope = Envelope(brin, DateTimeOffset.UtcNow),
        MeldingId = meldingId,
        Decision = MeldingDecision.Intrekken,
        Reason = reason,
    };

    private static Envelope Envelope(string brin, DateOnly day) => Envelope(brin, new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));

    private static Envelope Envelope(string brin, DateTimeOffset occurredAt) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "WorkerTests",
        OccurredAt = occurredAt,
        SchemaVersion = "1.0",
    };
}

using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Signalering;

/// <summary>
/// A 14-year-old at 34CD00 who skips four lessons on four Tuesdays: the 16-uur case. The methods taking a
/// <see cref="PupilRef"/> record the same facts for another pupil (see <see cref="OtherPupil"/>).
/// </summary>
internal static class SignaleringMessages
{
    public const string Bsn = "999990019";
    public const string LvsPupilKey = "vo-7";
    public static readonly SchoolIdentity Sender = new("34CD", "lvs-34CD");

    private static readonly PupilRef Pupil = new() { PersoonsgebondenNummer = Bsn, NummerSoort = NummerSoort.Bsn, LvsPupilKey = LvsPupilKey };

    /// <summary>A second pupil of the same school.</summary>
    public static readonly PupilRef OtherPupil = new() { PersoonsgebondenNummer = "999990032", NummerSoort = NummerSoort.Bsn, LvsPupilKey = "vo-8" };

    public static InboundSubmission Enrolled() => Enrolled(Pupil);

    public static InboundSubmission Enrolled(PupilRef pupil) => Submission(new PupilEnrolled
    {
        Envelope = Envelope(new DateOnly(2026, 8, 17)),
        Pupil = pupil,
        EnrolledOn = new DateOnly(2026, 8, 17),
        BirthDate = new DateOnly(2012, 3, 10),
        WoongemeenteCode = "GM0014",
        SchoolType = SchoolType.Vo,
        HasStartkwalificatie = false,
    });

    public static IEnumerable<InboundSubmission> SixteenLessonHours() => SixteenLessonHours(Pupil);

    public static IEnumerable<InboundSubmission> SixteenLessonHours(PupilRef pupil) =>
        from week in Enumerable.Range(0, 4)
        from lesson in Enumerable.Range(0, 4)
        select Submission(Lesson(pupil, new DateOnly(2026, 9, 8).AddDays(7 * week), lesson, AttendanceStatus.AbsentUnauthorised, ReasonCategory.Spijbelen));

    /// <summary>The school corrects the first Tuesday's first lesson to overmacht: 15 hours remain.</summary>
    public static InboundSubmission CorrectionToOvermacht() => CorrectionToOvermacht(Pupil);

    public static InboundSubmission CorrectionToOvermacht(PupilRef pupil)
    {
        var lesson = Lesson(pupil, new DateOnly(2026, 9, 8), 0, AttendanceStatus.AbsentAuthorised, ReasonCategory.Overmacht);
        return Submission(new AttendanceCorrected
        {
            Envelope = Envelope(new DateOnly(2026, 10, 5)),
            Pupil = pupil,
            RegistrationId = lesson.RegistrationId,
            Date = lesson.Date,
            StartTime = lesson.StartTime,
            Minutes = lesson.Minutes,
            Unit = lesson.Unit,
            Status = lesson.Status,
            ReasonCategory = lesson.ReasonCategory,
        });
    }

    private static AttendanceRegistered Lesson(PupilRef pupil, DateOnly day, int lesson, AttendanceStatus status, ReasonCategory reason) => new()
    {
        Envelope = Envelope(day),
        Pupil = pupil,
        RegistrationId = $"{pupil.LvsPupilKey}-{day:yyyyMMdd}-{lesson}",
        Date = day,
        StartTime = new TimeOnly(8 + lesson, 30),
        Minutes = 50,
        Unit = AttendanceUnit.Lesson,
        Status = status,
        ReasonCategory = reason,
    };

    private static Envelope Envelope(DateOnly day) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = "34CD", Vestiging = "00" },
        SourceSystem = "Somtoday",
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero),
        SchemaVersion = "1.0",
    };

    private static InboundSubmission Submission<T>(T message) =>
        new(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, ContractJson.Options)), typeof(T).Name, "application/json", Sender, IntakeChannel.Amqp);
}

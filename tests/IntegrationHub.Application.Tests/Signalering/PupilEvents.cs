using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>A 14-year-old vo pupil of 34CD00 and the events the tests record for them.</summary>
internal static class PupilEvents
{
    public const string Pupil = "pseudonym-test-pupil-1";
    public static readonly SchoolLocation School = new("34CD", "00");

    public static PupilEnrolled Enrolled() => new()
    {
        Pupil = Pupil,
        EventId = Guid.NewGuid().ToString(),
        School = School,
        OccurredAt = new DateTimeOffset(2026, 8, 17, 12, 0, 0, TimeSpan.Zero),
        EnrolledOn = new DateOnly(2026, 8, 17),
        BirthDate = new DateOnly(2012, 3, 10),
        Woongemeente = "GM0014",
        SchoolKind = SchoolKind.Vo,
        HasStartkwalificatie = false,
    };

    /// <summary>Four unauthorised 50-minute lessons on each of four consecutive Tuesdays from 8 September 2026.</summary>
    public static IEnumerable<AttendanceRecorded> SixteenLessonHoursInFourWeeks() =>
        from week in Enumerable.Range(0, 4)
        from lesson in Enumerable.Range(0, 4)
        let day = new DateOnly(2026, 9, 8).AddDays(7 * week)
        select new AttendanceRecorded
        {
            Pupil = Pupil,
            EventId = Guid.NewGuid().ToString(),
            School = School,
            OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, lesson)), TimeSpan.Zero),
            RegistrationId = $"reg-{day:MMdd}-{lesson}",
            IsCorrection = false,
            Date = day,
            StartTime = new TimeOnly(8 + lesson, 30),
            Minutes = 50,
            Unit = RegistrationUnit.Lesson,
            Status = AbsenceStatus.AbsentUnauthorised,
            Reason = AbsenceReason.Spijbelen,
        };
}

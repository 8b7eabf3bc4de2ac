using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>An enrolment and sixteen unauthorised lesson hours on four Tuesdays of September 2026: one melding-16-uur.</summary>
internal static class Scenario
{
    public static PupilEnrolled Enrolment(string brin, int pupil) => new()
    {
        Envelope = Envelope(brin, new DateOnly(2026, 8, 17)),
        Pupil = TestMessages.Pupil(pupil),
        EnrolledOn = new DateOnly(2026, 8, 17),
        BirthDate = new DateOnly(2012, 3, 10),
        WoongemeenteCode = "GM0014",
        SchoolType = SchoolType.Vo,
        HasStartkwalificatie = false,
    };

    public static IEnumerable<AttendanceRegistered> SixteenLessons(string brin, int pupil, int firstWeek = 0, int weeks = 4) =>
        from week in Enumerable.Range(firstWeek, weeks)
        from lesson in Enumerable.Range(0, 4)
        let day = new DateOnly(2026, 9, 8).AddDays(7 * week)
        select new AttendanceRegistered
        {
            Envelope = Envelope(brin, day),
            Pupil = TestMessages.Pupil(pupil),
            RegistrationId = $"lesson-{pupil}-{day:MMdd}-{lesson}",
            Date = day,
            StartTime = new TimeOnly(8 + lesson, 30),
            Minutes = 50,
            Unit = AttendanceUnit.Lesson,
            Status = AttendanceStatus.AbsentUnauthorised,
            ReasonCategory = ReasonCategory.Spijbelen,
        };

    private static Envelope Envelope(string brin, DateOnly day) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "WorkerTests",
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero),
        SchemaVersion = "1.0",
    };
}

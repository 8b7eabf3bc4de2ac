using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// A deterministic, realistic event stream for one vo pupil in regio Midden: per school day seven lesson registrations,
/// and now and then unauthorised absence, a late arrival or a sick day, plus a correction now and then.
/// </summary>
internal sealed class HistoryGenerator(int seed)
{
    private static readonly SchoolLocation School = new("12AB", "00");
    private readonly Random random = new(seed);
    private int counter;

    public static SchoolCalendar Calendar { get; } = SchoolCalendar.Create(SchoolRegion.Midden);

    public List<PupilEvent> Enrolment(string pupil) =>
    [
        new PupilEnrolled
        {
            Pupil = pupil, EventId = pupil + "-enrol", School = School, OccurredAt = new DateTimeOffset(2025, 8, 1, 6, 0, 0, TimeSpan.Zero),
            EnrolledOn = new DateOnly(2025, 8, 1), BirthDate = new DateOnly(2011, 5, 17), Woongemeente = "GM0344",
            SchoolKind = SchoolKind.Vo, HasStartkwalificatie = false,
        },
    ];

    /// <summary>The events of the school days in [from, to).</summary>
    public List<PupilEvent> Days(string pupil, DateOnly from, DateOnly to)
    {
        var events = new List<PupilEvent>();
        for (var date = from; date < to; date = date.AddDays(1))
        {
            if (Calendar.IsSchoolDay(date))
            {
                Day(pupil, date, events);
            }
        }

        return events;
    }

    private void Day(string pupil, DateOnly date, List<PupilEvent> events)
    {
        var roll = random.Next(100);
        var absentLessons = roll < 12 ? 1 + random.Next(3) : 0;
        for (var lesson = absentLessons; lesson < 7; lesson++)
        {
            Add(events, pupil, date, "p" + lesson, AbsenceStatus.Present, AbsenceReason.Geen);
        }

        if (roll < 12)
        {
            for (var lesson = 0; lesson < absentLessons; lesson++)
            {
                Add(events, pupil, date, "u" + lesson, AbsenceStatus.AbsentUnauthorised, AbsenceReason.Spijbelen);
            }
        }
        else if (roll < 18)
        {
            Add(events, pupil, date, "l", AbsenceStatus.Late, AbsenceReason.TeLaat, minutes: 10);
        }
        else if (roll < 22)
        {
            Add(events, pupil, date, "z", AbsenceStatus.AbsentAuthorised, AbsenceReason.Ziekte);
        }

        if (roll is 5 or 6)
        {
            // The school corrects one of today's absences to authorised.
            Add(events, pupil, date, "u0", AbsenceStatus.AbsentAuthorised, AbsenceReason.Verlof, correction: true);
        }
    }

    private void Add(List<PupilEvent> events, string pupil, DateOnly date, string lesson, AbsenceStatus status, AbsenceReason reason, int minutes = 50, bool correction = false)
    {
        counter++;
        events.Add(new AttendanceRecorded
        {
            Pupil = pupil, EventId = $"{pupil}-{counter:D7}", School = School,
            OccurredAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddSeconds(counter),
            RegistrationId = $"{pupil}-{date:yyyyMMdd}-{lesson}", IsCorrection = correction, Date = date,
            StartTime = new TimeOnly(8, 30), Minutes = minutes, Unit = RegistrationUnit.Lesson, Status = status, Reason = reason,
        });
    }
}

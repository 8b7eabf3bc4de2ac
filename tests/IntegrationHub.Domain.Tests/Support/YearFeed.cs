using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Tests.Support;

/// <summary>
/// A seeded year of one pupil's events in arrival order (regio Midden, 2025-2026): seven lessons a school day, now
/// and then unauthorised lessons, a late arrival, ziekte, luxe verzuim, a block of whole days absent, a sick report
/// with its recovery, granted leave, a zorgenvinkje, and corrections and retractions arriving 1-20 days later (so
/// some reach behind a week's detail window).
/// </summary>
internal sealed class YearFeed(int seed, SchoolKind kind = SchoolKind.Vo, DateOnly? birthDate = null)
{
    private static readonly SchoolCalendar Calendar = SchoolCalendar.Create(SchoolRegion.Midden);
    private readonly Random random = new(seed);
    private readonly List<(DateOnly Due, PupilEvent Event)> pending = [];
    private readonly List<PupilEvent> events = [];
    private readonly List<(string Id, DateOnly Date)> absences = [];
    private int counter;
    private int blockDays;

    public List<PupilEvent> Build(DateOnly from, DateOnly to)
    {
        events.Add(new PupilEnrolled
        {
            Pupil = "P1", EventId = Id(), School = Scenario.School, OccurredAt = At(from.AddDays(-20)), EnrolledOn = from.AddDays(-20),
            BirthDate = birthDate ?? new DateOnly(2010, 3, 10), Woongemeente = "GM0344", SchoolKind = kind, HasStartkwalificatie = false,
        });
        for (var date = from; date < to; date = date.AddDays(1))
        {
            foreach (var late in pending.Where(p => p.Due <= date).ToList())
            {
                pending.Remove(late);
                events.Add(late.Event with { OccurredAt = At(date), EventId = Id() });
            }

            if (Calendar.IsSchoolDay(date))
            {
                Day(date);
            }
        }

        return events;
    }

    private void Day(DateOnly date)
    {
        var roll = random.Next(100);
        if (blockDays > 0 || roll == 99)
        {
            blockDays = blockDays > 0 ? blockDays - 1 : 5 + random.Next(25);
            Lessons(date, 7, AbsenceStatus.AbsentUnauthorised, AbsenceReason.Spijbelen, 0);
            return;
        }

        var (status, reason, count) = roll switch
        {
            < 12 => (AbsenceStatus.AbsentUnauthorised, AbsenceReason.Spijbelen, 1 + random.Next(4)),
            < 18 => (AbsenceStatus.Late, AbsenceReason.TeLaat, 1),
            < 23 => (AbsenceStatus.AbsentAuthorised, AbsenceReason.Ziekte, 7),
            < 25 => (AbsenceStatus.AbsentAuthorised, AbsenceReason.LuxeVerzuim, 7),
            _ => (AbsenceStatus.Present, AbsenceReason.Geen, 0),
        };
        Lessons(date, count, status, reason, 7 - count);
        switch (random.Next(100))
        {
            case < 3:
                var id = "S" + Id();
                events.Add(new SickReported { Pupil = "P1", EventId = Id(), School = Scenario.School, OccurredAt = At(date), SickReportId = id, From = date });
                pending.Add((date.AddDays(1 + random.Next(10)), new RecoveryReported { Pupil = "P1", EventId = "", School = Scenario.School, OccurredAt = At(date), SickReportId = id, RecoveredOn = date.AddDays(1 + random.Next(9)) }));
                break;
            case < 5:
                var leave = "L" + Id();
                pending.Add((date.AddDays(random.Next(3)), new LeaveGranted { Pupil = "P1", EventId = "", School = Scenario.School, OccurredAt = At(date), LeaveId = leave, Kind = "gewichtig", From = date, To = date.AddDays(random.Next(2)) }));
                break;
            case < 6:
                events.Add(new ZorgenvinkjeChanged { Pupil = "P1", EventId = Id(), School = Scenario.School, OccurredAt = At(date), On = date, IsSet = random.Next(2) == 0 });
                break;
            case < 14 when absences.Count > 0:
                var (target, on) = absences[^(1 + random.Next(Math.Min(absences.Count, 20)))];
                var delay = 1 + random.Next(20);
                pending.Add((date.AddDays(delay), random.Next(3) == 0
                    ? new AttendanceRetracted { Pupil = "P1", EventId = "", School = Scenario.School, OccurredAt = At(date), RegistrationId = target, Date = on }
                    : Registration(target, on, AbsenceStatus.AbsentAuthorised, AbsenceReason.Verlof, correction: true)));
                break;
        }
    }

    private void Lessons(DateOnly date, int absent, AbsenceStatus status, AbsenceReason reason, int present)
    {
        for (var lesson = 0; lesson < absent; lesson++)
        {
            var id = $"P1-{date:yyyyMMdd}-a{lesson}";
            absences.Add((id, date));
            events.Add(Registration(id, date, status, reason) with { EventId = Id() });
        }

        for (var lesson = 0; lesson < present; lesson++)
        {
            events.Add(Registration($"P1-{date:yyyyMMdd}-p{lesson}", date, AbsenceStatus.Present, AbsenceReason.Geen) with { EventId = Id() });
        }
    }

    private AttendanceRecorded Registration(string id, DateOnly date, AbsenceStatus status, AbsenceReason reason, bool correction = false) => new()
    {
        Pupil = "P1", EventId = "", School = Scenario.School, OccurredAt = At(date), RegistrationId = id, IsCorrection = correction,
        Date = date, StartTime = new TimeOnly(8, 30), Minutes = status == AbsenceStatus.Late ? 10 : 50, Unit = RegistrationUnit.Lesson,
        Status = status, Reason = reason,
    };

    private string Id() => $"Y{++counter:D6}";

    private DateTimeOffset At(DateOnly date) => new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero).AddSeconds(counter);
}

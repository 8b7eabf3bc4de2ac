using CsCheck;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Tests.Support;

namespace IntegrationHub.Domain.Tests.Properties;

/// <summary>Generates the events of one pupil over school year 2025-2026 (regio Midden): registrations, corrections, retractions, sick reports, leave.</summary>
internal static class SchoolYearGen
{
    private static readonly DateTimeOffset Base = new(2025, 8, 1, 6, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly[] SchoolDays = BuildSchoolDays();

    /// <summary>
    /// One generated operation: kind 0-5 registration statuses, 6 correction, 7 retraction, 8 sick report (open when
    /// Lessons is odd), 9 leave, 10 a block of whole school days absent, 11 zorgenvinkje.
    /// </summary>
    public sealed record Op(int Kind, int Day, int Lessons, int Target);

    public static Gen<Op> OpGen { get; } =
        Gen.Select(Gen.Frequency((6, Gen.Int[0, 1]), (1, Gen.Int[2, 5]), (1, Gen.Int[6, 9]), (1, Gen.Int[10, 11])), Gen.Int[0, SchoolDays.Length - 1], Gen.Int[1, 8], Gen.Int[0, 1000])
            .Select(t => new Op(t.Item1, t.Item2, t.Item3, t.Item4));

    /// <summary>Ops clustered in a stretch of the year so that windows fill up.</summary>
    public static Gen<List<PupilEvent>> Events { get; } =
        Gen.Select(OpGen.Array[5, 60], Gen.Int[0, SchoolDays.Length - 40])
            .Select(t => Build(t.Item1, t.Item2));

    public static List<PupilEvent> Build(Op[] ops, int offset)
    {
        var events = new List<PupilEvent>
        {
            new PupilEnrolled
            {
                Pupil = "P1", EventId = "E0000", School = Scenario.School, OccurredAt = Base, EnrolledOn = new DateOnly(2025, 8, 1),
                BirthDate = new DateOnly(2010, 3, 10), Woongemeente = "GM0344", SchoolKind = SchoolKind.Vo, HasStartkwalificatie = false,
            },
        };
        var registrations = new List<(string Id, DateOnly Date)>();
        for (var i = 0; i < ops.Length; i++)
        {
            var op = ops[i];
            var date = SchoolDays[Math.Min(SchoolDays.Length - 1, offset + (op.Day % 40))];
            var id = $"E{i + 1:D4}";
            var at = Base.AddMinutes(i + 1);
            switch (op.Kind)
            {
                case <= 5:
                    for (var lesson = 0; lesson < op.Lessons; lesson++)
                    {
                        var registration = $"R{i:D4}-{lesson}";
                        registrations.Add((registration, date));
                        events.Add(Record(id + "-" + lesson, at, registration, date, op.Kind));
                    }

                    break;
                case 6 when registrations.Count > 0:
                    var target = registrations[op.Target % registrations.Count];
                    events.Add(Record(id, at, target.Id, target.Date, op.Lessons % 6));
                    break;
                case 7 when registrations.Count > 0:
                    var retracted = registrations[op.Target % registrations.Count];
                    events.Add(new AttendanceRetracted { Pupil = "P1", EventId = id, School = Scenario.School, OccurredAt = at, RegistrationId = retracted.Id, Date = retracted.Date });
                    break;
                case 8:
                    events.Add(new SickReported { Pupil = "P1", EventId = id, School = Scenario.School, OccurredAt = at, SickReportId = "S" + i, From = date });
                    if (op.Lessons % 2 == 0)
                    {
                        events.Add(new RecoveryReported { Pupil = "P1", EventId = id + "-r", School = Scenario.School, OccurredAt = at, SickReportId = "S" + i, RecoveredOn = date.AddDays(op.Lessons) });
                    }

                    break;
                case 9:
                    events.Add(new LeaveGranted { Pupil = "P1", EventId = id, School = Scenario.School, OccurredAt = at, LeaveId = "L" + i, Kind = "vakantie", From = date, To = date.AddDays(op.Lessons % 3) });
                    break;
                case 10:
                    var first = Array.IndexOf(SchoolDays, date);
                    for (var d = 0; d < op.Lessons * 4 && first + d < SchoolDays.Length; d++)
                    {
                        var registration = $"R{i:D4}-b{d}";
                        registrations.Add((registration, SchoolDays[first + d]));
                        events.Add(Record($"{id}-b{d}", at, registration, SchoolDays[first + d], op.Target % 2 == 0 ? 0 : 5) with { Minutes = 300, Unit = RegistrationUnit.Dagdeel });
                    }

                    break;
                case 11:
                    events.Add(new ZorgenvinkjeChanged { Pupil = "P1", EventId = id, School = Scenario.School, OccurredAt = at, On = date, IsSet = op.Lessons % 2 == 0 });
                    break;
            }
        }

        return events;
    }

    private static AttendanceRecorded Record(string eventId, DateTimeOffset at, string registration, DateOnly date, int kind) => new()
    {
        Pupil = "P1", EventId = eventId, School = Scenario.School, OccurredAt = at, RegistrationId = registration,
        IsCorrection = false, Date = date, StartTime = new TimeOnly(9, 0), Minutes = 50, Unit = RegistrationUnit.Lesson,
        Status = kind switch
        {
            0 or 1 => AbsenceStatus.AbsentUnauthorised,
            2 => AbsenceStatus.Late,
            3 => AbsenceStatus.AbsentAuthorised,
            4 => AbsenceStatus.Present,
            _ => AbsenceStatus.AbsentUnauthorised,
        },
        Reason = kind switch
        {
            0 or 1 => AbsenceReason.Spijbelen,
            2 => AbsenceReason.TeLaat,
            3 => AbsenceReason.Ziekte,
            4 => AbsenceReason.Geen,
            _ => AbsenceReason.LuxeVerzuim,
        },
    };

    private static DateOnly[] BuildSchoolDays()
    {
        var calendar = SchoolCalendar.Create(SchoolRegion.Midden);
        var days = new List<DateOnly>();
        for (var date = new DateOnly(2025, 9, 1); date <= new DateOnly(2026, 7, 10); date = date.AddDays(1))
        {
            if (calendar.IsSchoolDay(date))
            {
                days.Add(date);
            }
        }

        return [.. days];
    }
}

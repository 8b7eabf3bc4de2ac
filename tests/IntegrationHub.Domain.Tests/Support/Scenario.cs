using System.Globalization;
using System.Runtime.CompilerServices;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Tests.Support;

/// <summary>Builds the events of one pupil in a readable way and runs them through the engine.</summary>
internal sealed class Scenario(string pupil = "P1", string idPrefix = "e")
{
    public static readonly SchoolLocation School = new("12AB", "00");
    private static readonly DateTimeOffset Start = new(2025, 8, 1, 6, 0, 0, TimeSpan.Zero);
    private int counter;

    public List<PupilEvent> Events { get; } = [];

    public string Pupil => pupil;

    public Scenario Enrolled(DateOnly birthDate, SchoolKind kind = SchoolKind.Vo, bool startkwalificatie = false, DateOnly? on = null, DateOnly? firstSchoolDay = null) =>
        Add(new PupilEnrolled
        {
            Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(),
            EnrolledOn = on ?? new DateOnly(2025, 8, 1), BirthDate = birthDate, Woongemeente = "GM0344",
            SchoolKind = kind, HasStartkwalificatie = startkwalificatie, FirstSchoolDay = firstSchoolDay,
        });

    /// <summary>Registers <paramref name="lessons"/> absences of <paramref name="minutes"/> minutes on a day.</summary>
    public Scenario Absent(
        DateOnly date,
        int lessons = 1,
        int minutes = 50,
        AbsenceStatus status = AbsenceStatus.AbsentUnauthorised,
        AbsenceReason reason = AbsenceReason.Spijbelen,
        RegistrationUnit unit = RegistrationUnit.Lesson)
    {
        for (var i = 0; i < lessons; i++)
        {
            Record(date, minutes, status, reason, unit, $"{date:yyyyMMdd}-{i}");
        }

        return this;
    }

    public Scenario Record(DateOnly date, int minutes, AbsenceStatus status, AbsenceReason reason, RegistrationUnit unit, string registration, bool correction = false, DateTimeOffset? at = null) =>
        Add(new AttendanceRecorded
        {
            Pupil = pupil, EventId = NextId(), School = School, OccurredAt = at ?? NextAt(),
            RegistrationId = pupil + "-r" + registration, IsCorrection = correction, Date = date,
            StartTime = new TimeOnly(8, 30), Minutes = minutes, Unit = unit, Status = status, Reason = reason,
        });

    public Scenario Late(DateOnly date, int minutes = 10, string? registration = null) =>
        Record(date, minutes, AbsenceStatus.Late, AbsenceReason.TeLaat, RegistrationUnit.Lesson, registration ?? $"{date:yyyyMMdd}-late");

    public Scenario Retract(string registration, DateOnly date) =>
        Add(new AttendanceRetracted
        {
            Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(),
            RegistrationId = pupil + "-r" + registration, Date = date,
        });

    public Scenario Sick(string id, DateOnly from, DateOnly? recoveredOn = null)
    {
        Add(new SickReported { Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), SickReportId = id, From = from });
        return recoveredOn is { } on
            ? Add(new RecoveryReported { Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), SickReportId = id, RecoveredOn = on })
            : this;
    }

    public Scenario Leave(DateOnly from, DateOnly to, string id = "L1") =>
        Add(new LeaveGranted { Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), LeaveId = id, Kind = "vakantie", From = from, To = to });

    public Scenario Vrijstelling(DateOnly from, DateOnly? to = null) =>
        Add(new VrijstellingRegistered { Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), From = from, To = to, Artikel = "5a" });

    public Scenario Profile(DateOnly from, bool? startkwalificatie = null, DateOnly? birthDate = null) =>
        Add(new PupilProfileChanged
        {
            Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), EffectiveFrom = from,
            HasStartkwalificatie = startkwalificatie, BirthDate = birthDate,
        });

    public Scenario Deregistered(DateOnly on, SchoolLocation? destination = null) =>
        Add(new PupilDeregistered { Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), DeregisteredOn = on, Destination = destination, Reason = "unknown" });

    public Scenario Zorgenvinkje(DateOnly on, bool isSet = true) =>
        Add(new ZorgenvinkjeChanged { Pupil = pupil, EventId = NextId(), School = School, OccurredAt = NextAt(), On = on, IsSet = isSet });

    public Scenario Add(PupilEvent e)
    {
        Events.Add(e);
        return this;
    }

    /// <summary>Applies all events in the order they were added; returns the final state and every result.</summary>
    public (PupilState State, List<SignaleringResult> Results) Run(SignaleringContext context) => Apply(Events, context);

    public IReadOnlyList<Signal> Signals(SignaleringContext context) => Run(context).State.Signals;

    /// <summary>
    /// Applies events as the worker does: an event the state cannot answer (<see cref="SignaleringResult.NeedsHistory"/>)
    /// is answered from the events applied before (the ledger, remembered per state).
    /// </summary>
    public static (PupilState State, List<SignaleringResult> Results) Apply(IEnumerable<PupilEvent> events, SignaleringContext context, PupilState? state = null)
    {
        var results = new List<SignaleringResult>();
        List<PupilEvent> ledger = state is not null && Ledgers.TryGetValue(state, out var known) ? [.. known] : [];
        foreach (var e in events)
        {
            var result = SignaleringEngine.Apply(state, e, context, Now);
            if (result.NeedsHistory)
            {
                result = SignaleringEngine.ApplyWithHistory(state, e, ledger, context, Now);
            }

            ledger.Add(e);
            state = result.State;
            results.Add(result);
        }

        state ??= new PupilState();
        Ledgers.AddOrUpdate(state, ledger);
        return (state, results);
    }

    /// <summary>The events behind each state these helpers returned (the ledger a rebuild reads).</summary>
    private static readonly ConditionalWeakTable<PupilState, List<PupilEvent>> Ledgers = [];

    public static DateTimeOffset Now { get; } = new(2026, 8, 15, 0, 0, 0, TimeSpan.Zero);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string NextId() => string.Create(CultureInfo.InvariantCulture, $"{pupil}-{idPrefix}{++counter:D5}");

    private DateTimeOffset NextAt() => Start.AddMinutes(counter);
}

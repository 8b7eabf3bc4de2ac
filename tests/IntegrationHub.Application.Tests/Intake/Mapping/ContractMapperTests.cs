using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Tests.Intake.Mapping;

public sealed class ContractMapperTests
{
    private static readonly ContractMapper Mapper = new(Samples.Pseudonymiser);
    private static readonly string Pseudonym = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

    [Fact]
    public void Should_map_to_a_pseudonymised_event_with_the_message_id_when_attendance_is_registered()
    {
        var fact = Assert.IsType<PupilFact>(Mapper.Map(Samples.Attendance()));

        var recorded = Assert.IsType<AttendanceRecorded>(fact.Event);
        Assert.Equal(new AttendanceRecorded
        {
            Pupil = Pseudonym,
            EventId = Samples.Envelope().MessageId.ToString("D"),
            School = new SchoolLocation("12AB", "01"),
            OccurredAt = Samples.Now.AddHours(-2),
            RegistrationId = "reg-1",
            IsCorrection = false,
            Date = Samples.Today,
            StartTime = new TimeOnly(8, 30),
            Minutes = 50,
            Unit = RegistrationUnit.Lesson,
            Status = AbsenceStatus.AbsentUnauthorised,
            Reason = AbsenceReason.Spijbelen,
        }, recorded);
        Assert.Equal(new PupilIdentity(Pseudonym, NummerSoort.Bsn, Samples.Bsn, "lvs-pupil-4711"), fact.Identity);
    }

    [Fact]
    public void Should_mark_a_correction_when_attendance_is_corrected()
    {
        var a = Samples.Attendance();
        var corrected = new AttendanceCorrected
        {
            Envelope = a.Envelope, Pupil = a.Pupil, RegistrationId = a.RegistrationId, Date = a.Date, StartTime = a.StartTime,
            Minutes = 20, Unit = a.Unit, Status = AttendanceStatus.Late, ReasonCategory = ReasonCategory.TeLaat,
        };

        var recorded = Assert.IsType<AttendanceRecorded>(Assert.IsType<PupilFact>(Mapper.Map(corrected)).Event);

        Assert.True(recorded.IsCorrection);
        Assert.Equal((AbsenceStatus.Late, AbsenceReason.TeLaat, 20), (recorded.Status, recorded.Reason, recorded.Minutes));
    }

    [Fact]
    public void Should_keep_the_codes_as_sent_when_leave_and_deregistration_are_mapped()
    {
        var leave = Assert.IsType<IntegrationHub.Domain.Events.LeaveGranted>(((PupilFact)Mapper.Map(Samples.Leave())).Event);
        var deregistered = Assert.IsType<IntegrationHub.Domain.Events.PupilDeregistered>(((PupilFact)Mapper.Map(new IntegrationHub.Contracts.V1.PupilDeregistered
        {
            Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), DeregisteredOn = Samples.Today,
            Reason = DeregistrationReason.SchoolChange, DestinationSchool = new SchoolRef { Brin = "34CD", Vestiging = "00" },
        })).Event);

        Assert.Equal("gewichtige-omstandigheden", leave.Kind);
        Assert.Equal(("school-change", new SchoolLocation("34CD", "00")), (deregistered.Reason, deregistered.Destination));
    }

    [Fact]
    public void Should_record_consent_when_consent_is_given_or_withdrawn()
    {
        var given = new ConsentGiven
        {
            Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), ConsentId = "c-1", Scope = ConsentScope.MazlReferral,
            GivenBy = ConsentGivenBy.ParentsAndPupil, ValidFrom = Samples.Today, ValidUntil = Samples.Today.AddYears(1),
        };
        var withdrawn = new ConsentWithdrawn { Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), ConsentId = "c-1", WithdrawnOn = Samples.Today };

        var recorded = Assert.IsType<ConsentRecorded>(((PupilFact)Mapper.Map(given)).Event);
        var ended = Assert.IsType<ConsentRecorded>(((PupilFact)Mapper.Map(withdrawn)).Event);

        Assert.Equal(("mazl-referral", "parents-and-pupil", (DateOnly?)null), (recorded.Scope, recorded.GivenBy, recorded.WithdrawnOn));
        Assert.Equal(("c-1", (DateOnly?)Samples.Today), (ended.ConsentId, ended.WithdrawnOn));
    }

    [Fact]
    public void Should_map_to_a_calendar_override_when_a_calendar_is_published()
    {
        var fact = Assert.IsType<CalendarFact>(Mapper.Map(Samples.Calendar()));

        Assert.Equal(("12AB", "01", "2026-2027", "midden"), (fact.Calendar.Brin, fact.Calendar.Vestiging, fact.Calendar.SchoolYear, fact.Calendar.Region));
        Assert.Equal([new Holiday("kerstvakantie", new DateOnly(2026, 12, 19), new DateOnly(2027, 1, 3))], fact.Calendar.Holidays!);
        Assert.Equal([new DateOnly(2027, 2, 12)], fact.Calendar.DaysOff);
    }

    [Fact]
    public void Should_name_every_mapped_event_when_it_goes_to_the_ledger()
    {
        var fact = (PupilFact)Mapper.Map(Samples.Enrolment());

        Assert.Equal("PupilEnrolled", PupilEventTypes.NameOf(fact.Event));
        Assert.Equal(typeof(IntegrationHub.Domain.Events.PupilEnrolled), PupilEventTypes.TypeOf("PupilEnrolled"));
    }

    [Fact]
    public void Should_map_the_first_school_day_when_an_enrolment_or_profile_change_carries_it()
    {
        // Leerplichtwet art. 3(1)(a): leerplicht ends after 12 full school years; the first school day tells which.
        var enrolment = Samples.Enrolment() with { FirstSchoolDay = new DateOnly(2014, 8, 1) };
        var change = new IntegrationHub.Contracts.V1.PupilProfileChanged
        {
            Envelope = Samples.Envelope(), Pupil = Samples.Pupil(), EffectiveFrom = Samples.Today, FirstSchoolDay = new DateOnly(2015, 8, 1),
        };

        var enrolled = Assert.IsType<IntegrationHub.Domain.Events.PupilEnrolled>(((PupilFact)Mapper.Map(enrolment)).Event);
        var changed = Assert.IsType<IntegrationHub.Domain.Events.PupilProfileChanged>(((PupilFact)Mapper.Map(change)).Event);

        Assert.Equal(new DateOnly(2014, 8, 1), enrolled.FirstSchoolDay);
        Assert.Equal(new DateOnly(2015, 8, 1), changed.FirstSchoolDay);
        Assert.Null(Assert.IsType<IntegrationHub.Domain.Events.PupilEnrolled>(((PupilFact)Mapper.Map(Samples.Enrolment())).Event).FirstSchoolDay);
    }

    [Fact]
    public void Should_not_print_the_nummer_when_an_identity_is_logged()
    {
        var identity = new PupilIdentity(Pseudonym, NummerSoort.Bsn, Samples.Bsn, "lvs-pupil-4711");

        Assert.DoesNotContain(Samples.Bsn, identity.ToString(), StringComparison.Ordinal);
    }
}

using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Tests.Intake;

/// <summary>Valid V1 messages at a fixed moment; tests change one member at a time.</summary>
public static class Samples
{
    /// <summary>Test BSN (passes the elfproef) and onderwijsnummer (starts with 10, remainder 5).</summary>
    public const string Bsn = "999990020";
    public const string Onderwijsnummer = "100000004";

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly SchoolIdentity Sender = new("12AB", "lvs-12AB");

    public static PupilPseudonymiser Pseudonymiser { get; } =
        new(Options.Create(new PseudonymisationOptions { Key = "unit-test-key-0123456789-0123456789" }));

    public static Envelope Envelope(Guid? messageId = null) => new()
    {
        MessageId = messageId ?? Guid.Parse("0b0e7d53-8f63-4d43-9d6c-1d2b8f5a7e01"),
        School = new SchoolRef { Brin = "12AB", Vestiging = "01" },
        SourceSystem = "Magister",
        OccurredAt = Now.AddHours(-2),
        SchemaVersion = "1.0",
        CorrelationId = Guid.Parse("6f3a9e4c-0d52-4c61-9a77-3b1f0c2d8e10"),
    };

    public static PupilRef Pupil(string nummer = Bsn, NummerSoort soort = NummerSoort.Bsn) => new()
    {
        PersoonsgebondenNummer = nummer,
        NummerSoort = soort,
        LvsPupilKey = "lvs-pupil-4711",
    };

    public static AttendanceRegistered Attendance() => new()
    {
        Envelope = Envelope(),
        Pupil = Pupil(),
        RegistrationId = "reg-1",
        Date = Today,
        StartTime = new TimeOnly(8, 30),
        Minutes = 50,
        Unit = AttendanceUnit.Lesson,
        Status = AttendanceStatus.AbsentUnauthorised,
        ReasonCategory = ReasonCategory.Spijbelen,
        LvsReasonCode = "ONG-01",
    };

    public static PupilEnrolled Enrolment() => new()
    {
        Envelope = Envelope(),
        Pupil = Pupil(),
        EnrolledOn = new DateOnly(2026, 8, 24),
        BirthDate = new DateOnly(2012, 5, 17),
        WoongemeenteCode = "GM0344",
        SchoolType = SchoolType.Vo,
        HasStartkwalificatie = false,
    };

    public static LeaveGranted Leave() => new()
    {
        Envelope = Envelope(),
        Pupil = Pupil(),
        LeaveId = "leave-1",
        Kind = LeaveKind.GewichtigeOmstandigheden,
        From = new DateOnly(2026, 12, 1),
        To = new DateOnly(2026, 12, 2),
        GrantedBy = LeaveGrantedBy.Schoolleider,
    };

    public static SchoolCalendarPublished Calendar() => new()
    {
        Envelope = Envelope(),
        SchoolYear = "2026-2027",
        Region = VakantieRegio.Midden,
        Holidays = [new DateRange { Name = "kerstvakantie", From = new DateOnly(2026, 12, 19), To = new DateOnly(2027, 1, 3) }],
        DaysOff = [new DateOnly(2027, 2, 12)],
    };

    public static InboundSubmission Submission(object message, string? hint = null, string contentType = "application/json") =>
        Submission(JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), JsonSerializerOptions.Web), hint ?? message.GetType().Name, contentType);

    public static InboundSubmission Submission(string json, string? hint, string contentType = "application/json") =>
        Submission(Encoding.UTF8.GetBytes(json), hint, contentType);

    public static InboundSubmission Submission(byte[] body, string? hint, string contentType = "application/json") =>
        new(body, hint, contentType, Sender, IntakeChannel.Amqp);
}

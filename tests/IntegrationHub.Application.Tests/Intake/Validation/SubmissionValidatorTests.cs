using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Tests.Intake.Validation;

public sealed class SubmissionValidatorTests
{
    private static readonly SubmissionValidator Validator = new(Options.Create(new IntakeOptions()));

    /// <summary>One broken member per case, by name, so each case shows up as its own test.</summary>
    private static readonly Dictionary<string, Func<object>> Cases = new()
    {
        ["schema version 2.0"] = () => Samples.Attendance() with { Envelope = Samples.Envelope() with { SchemaVersion = "2.0" } },
        ["schema version 1.x"] = () => Samples.Attendance() with { Envelope = Samples.Envelope() with { SchemaVersion = "1.x" } },
        ["lower-case brin"] = () => WithSchool("12ab", "01"),
        ["brin letters first"] = () => WithSchool("AB12", "01"),
        ["brin too long"] = () => WithSchool("12ABC", "01"),
        ["vestiging one digit"] = () => WithSchool("12AB", "1"),
        ["vestiging letters"] = () => WithSchool("12AB", "A1"),
        ["another school's brin"] = () => WithSchool("34CD", "01"),
        ["empty message id"] = () => Samples.Attendance() with { Envelope = Samples.Envelope(Guid.Empty) },
        ["occurred in the future"] = () => Samples.Attendance() with { Envelope = Samples.Envelope() with { OccurredAt = Samples.Now.AddMinutes(10) } },
        ["empty source system"] = () => Samples.Attendance() with { Envelope = Samples.Envelope() with { SourceSystem = " " } },
        ["nummer of 8 digits"] = () => Samples.Attendance() with { Pupil = Samples.Pupil("12345678") },
        ["bsn failing the elfproef"] = () => Samples.Attendance() with { Pupil = Samples.Pupil("123456789") },
        ["bsn sent as onderwijsnummer"] = () => Samples.Attendance() with { Pupil = Samples.Pupil(Samples.Bsn, NummerSoort.Onderwijsnummer) },
        ["unknown nummersoort"] = () => Samples.Attendance() with { Pupil = Samples.Pupil(Samples.Bsn, (NummerSoort)7) },
        ["zero minutes"] = () => Samples.Attendance() with { Minutes = 0 },
        ["601 minutes"] = () => Samples.Attendance() with { Minutes = 601 },
        ["attendance tomorrow"] = () => Samples.Attendance() with { Date = Samples.Today.AddDays(1) },
        ["lesson later today"] = () => Samples.Attendance() with { StartTime = new TimeOnly(14, 0) },
        ["free text reason code"] = () => Samples.Attendance() with { LvsReasonCode = "ziek want griep" },
        ["reason code of 33 chars"] = () => Samples.Attendance() with { LvsReasonCode = new string('A', 33) },
        ["unknown status"] = () => Samples.Attendance() with { Status = (AttendanceStatus)42 },
        ["empty registration id"] = () => Samples.Attendance() with { RegistrationId = "" },
        ["pupil of one on enrolment"] = () => Samples.Enrolment() with { BirthDate = new DateOnly(2025, 8, 1) },
        ["pupil of 31 on enrolment"] = () => Samples.Enrolment() with { BirthDate = new DateOnly(1995, 1, 1) },
        ["gemeente without GM"] = () => Samples.Enrolment() with { WoongemeenteCode = "0344" },
        ["first school day tomorrow"] = () => Samples.Enrolment() with { FirstSchoolDay = Samples.Today.AddDays(1) },
        ["first school day at two"] = () => Samples.Enrolment() with { FirstSchoolDay = new DateOnly(2014, 5, 17) },
        ["profile first school day tomorrow"] = () => Profile() with { FirstSchoolDay = Samples.Today.AddDays(1) },
        ["gemeente of 3 digits"] = () => Samples.Enrolment() with { WoongemeenteCode = "GM344" },
        ["profile gemeente lower case"] = () => Profile() with { WoongemeenteCode = "gm0344" },
        ["leave ending before it starts"] = () => Samples.Leave() with { To = new DateOnly(2026, 11, 30) },
        ["calendar year skipping one"] = () => Samples.Calendar() with { SchoolYear = "2026-2028" },
        ["calendar holiday inverted"] = () => Samples.Calendar() with
        {
            Holidays = [new DateRange { Name = "herfst", From = new DateOnly(2026, 10, 30), To = new DateOnly(2026, 10, 20) }],
        },
    };

    [Theory]
    [InlineData("schema version 2.0", "envelope.schema-version", "envelope.schemaVersion")]
    [InlineData("schema version 1.x", "envelope.schema-version", "envelope.schemaVersion")]
    [InlineData("lower-case brin", "school.brin-format", "envelope.school.brin")]
    [InlineData("brin letters first", "school.brin-format", "envelope.school.brin")]
    [InlineData("brin too long", "school.brin-format", "envelope.school.brin")]
    [InlineData("vestiging one digit", "school.vestiging-format", "envelope.school.vestiging")]
    [InlineData("vestiging letters", "school.vestiging-format", "envelope.school.vestiging")]
    [InlineData("another school's brin", "school.brin-mismatch", "envelope.school.brin")]
    [InlineData("empty message id", "envelope.message-id-empty", "envelope.messageId")]
    [InlineData("occurred in the future", "envelope.occurred-at-future", "envelope.occurredAt")]
    [InlineData("empty source system", "field.required", "envelope.sourceSystem")]
    [InlineData("nummer of 8 digits", "pupil.nummer-format", "pupil.persoonsgebondenNummer")]
    [InlineData("bsn failing the elfproef", "pupil.bsn-elfproef", "pupil.persoonsgebondenNummer")]
    [InlineData("bsn sent as onderwijsnummer", "pupil.onderwijsnummer-check", "pupil.persoonsgebondenNummer")]
    [InlineData("unknown nummersoort", "enum.unknown", "pupil.nummerSoort")]
    [InlineData("zero minutes", "attendance.minutes-range", "minutes")]
    [InlineData("601 minutes", "attendance.minutes-range", "minutes")]
    [InlineData("attendance tomorrow", "attendance.date-future", "date")]
    [InlineData("lesson later today", "attendance.date-future", "date")]
    [InlineData("free text reason code", "attendance.lvs-reason-code", "lvsReasonCode")]
    [InlineData("reason code of 33 chars", "attendance.lvs-reason-code", "lvsReasonCode")]
    [InlineData("unknown status", "enum.unknown", "status")]
    [InlineData("empty registration id", "field.required", "registrationId")]
    [InlineData("pupil of one on enrolment", "pupil.birth-date-implausible", "birthDate")]
    [InlineData("pupil of 31 on enrolment", "pupil.birth-date-implausible", "birthDate")]
    [InlineData("gemeente without GM", "gemeente.code-format", "woongemeenteCode")]
    [InlineData("first school day tomorrow", "pupil.first-school-day-implausible", "firstSchoolDay")]
    [InlineData("first school day at two", "pupil.first-school-day-implausible", "firstSchoolDay")]
    [InlineData("profile first school day tomorrow", "pupil.first-school-day-implausible", "firstSchoolDay")]
    [InlineData("gemeente of 3 digits", "gemeente.code-format", "woongemeenteCode")]
    [InlineData("profile gemeente lower case", "gemeente.code-format", "woongemeenteCode")]
    [InlineData("leave ending before it starts", "date.range-inverted", "to")]
    [InlineData("calendar year skipping one", "calendar.school-year-format", "schoolYear")]
    [InlineData("calendar holiday inverted", "date.range-inverted", "holidays[0].to")]
    public void Should_reject_with_its_own_reason_when_one_rule_fails(string @case, string code, string field)
    {
        var reasons = Validator.Validate(Cases[@case](), Samples.Sender, Samples.Now);

        var reason = Assert.Single(reasons);
        Assert.Equal((code, field), (reason.Code, reason.Field));
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
    }

    [Fact]
    public void Should_have_a_row_for_every_case_when_the_table_is_read()
    {
        var rows = typeof(SubmissionValidatorTests).GetMethod(nameof(Should_reject_with_its_own_reason_when_one_rule_fails))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(row => (string)row.GetData(null!).Single()[0]);

        Assert.Equal(Cases.Keys.Order(), rows.Order());
    }

    [Fact]
    public void Should_give_every_reason_when_several_rules_fail()
    {
        var message = Samples.Attendance() with { Minutes = 0, Pupil = Samples.Pupil("123456789"), LvsReasonCode = "free text" };

        var codes = Validator.Validate(message, Samples.Sender, Samples.Now).Select(r => r.Code);

        Assert.Equal(["pupil.bsn-elfproef", "attendance.minutes-range", "attendance.lvs-reason-code"], codes);
    }

    [Fact]
    public void Should_accept_when_every_sample_is_valid()
    {
        object[] samples =
        [
            Samples.Attendance(), Samples.Enrolment(), Samples.Leave(), Samples.Calendar(), Profile(),
            Samples.Attendance() with { Pupil = Samples.Pupil(Samples.Onderwijsnummer, NummerSoort.Onderwijsnummer), LvsReasonCode = null },
        ];

        Assert.All(samples, sample => Assert.Empty(Validator.Validate(sample, Samples.Sender, Samples.Now)));
    }

    [Fact]
    public void Should_accept_when_the_lesson_starts_within_the_clock_skew()
    {
        // 12:00 UTC is 13:00 in Amsterdam (CET): a lesson at 13:04 local lies within the default 5 minutes.
        var message = Samples.Attendance() with { StartTime = new TimeOnly(13, 4) };

        Assert.Empty(Validator.Validate(message, Samples.Sender, Samples.Now));
    }

    [Fact]
    public void Should_reject_when_the_lesson_starts_beyond_a_configured_skew()
    {
        var strict = new SubmissionValidator(Options.Create(new IntakeOptions { ClockSkew = TimeSpan.FromMinutes(1) }));
        var message = Samples.Attendance() with { StartTime = new TimeOnly(13, 4) };

        Assert.Equal("attendance.date-future", Assert.Single(strict.Validate(message, Samples.Sender, Samples.Now)).Code);
    }

    private static AttendanceRegistered WithSchool(string brin, string vestiging) =>
        Samples.Attendance() with { Envelope = Samples.Envelope() with { School = new SchoolRef { Brin = brin, Vestiging = vestiging } } };

    private static PupilProfileChanged Profile() => new()
    {
        Envelope = Samples.Envelope(),
        Pupil = Samples.Pupil(),
        EffectiveFrom = new DateOnly(2026, 11, 1),
        WoongemeenteCode = "GM0363",
    };
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Application.Tests.Intake;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Input;

/// <summary>
/// Bad input the intake must answer with a clean rejection and a reason code, never by throwing and never by accepting
/// it (a NUL used to pass and make PostgreSQL refuse the insert).
/// </summary>
public sealed class HostileInputTests
{
    private readonly InMemoryIntakeStore _store = new();
    private readonly IntakeService _intake;

    public HostileInputTests()
    {
        _intake = new IntakeService(new MessageReader(), new SubmissionValidator(Options.Create(new IntakeOptions())),
            new ContractMapper(Samples.Pseudonymiser), _store, new FakeTimeProvider(Samples.Now),
            Options.Create(new IntakeOptions { MaxBodyBytes = 64 * 1024 }), NullLogger<IntakeService>.Instance);
    }

    public static TheoryData<string, string> Texts => new()
    {
        { "registrationId", "reg\u00001" },
        { "registrationId", "reg\u001b[31m" },
        { "lvsReasonCode", "\u0000" },
        { "envelope.sourceSystem", "Magister\u0085" },
        { "envelope.school.vestiging", "0\u00001" },
        { "pupil.lvsPupilKey", "key\u007f" },
        { "pupil.persoonsgebondenNummer", "99999\u00000017" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Should_reject_with_control_character_when_a_text_field_holds_one(string field, string value)
    {
        var body = Attendance();
        Set(body, field, value);

        var result = await SubmitAsync(body);

        AssertRejected(result, RejectionCodes.FieldControlCharacter, field);
    }

    [Fact]
    public async Task Should_reject_with_control_character_when_a_member_name_holds_a_nul()
    {
        var body = Attendance();
        body["extra\u0000"] = "x";

        var result = await SubmitAsync(body);

        AssertRejected(result, RejectionCodes.FieldControlCharacter, string.Empty);
    }

    [Fact]
    public async Task Should_reject_with_invalid_unicode_when_a_text_holds_a_lone_surrogate()
    {
        var json = Attendance().ToJsonString().Replace("\"reg-1\"", "\"reg\\ud800-1\"", StringComparison.Ordinal);

        var result = await _intake.SubmitAsync(Samples.Submission(json, "AttendanceRegistered"), CancellationToken.None);

        AssertRejected(result, RejectionCodes.FieldInvalidUnicode, "registrationId");
    }

    [Theory]
    [InlineData("date", "9999-12-31")]
    [InlineData("date", "0001-01-01")]
    [InlineData("date", "1899-12-31")]
    [InlineData("envelope.occurredAt", "9999-12-31T23:59:59Z")]
    [InlineData("envelope.occurredAt", "0001-01-01T00:00:00Z")]
    public async Task Should_reject_with_date_out_of_range_when_a_date_lies_outside_1900_to_2100(string field, string value)
    {
        var body = Attendance();
        Set(body, field, value);

        var result = await SubmitAsync(body);

        AssertRejected(result, RejectionCodes.DateOutOfRange, field);
    }

    [Fact]
    public async Task Should_reject_with_date_out_of_range_when_an_enrolment_has_a_birth_date_in_year_9999()
    {
        var body = JsonSerializer.SerializeToNode(Samples.Enrolment(), JsonSerializerOptions.Web)!.AsObject();
        body["birthDate"] = "9999-12-31";

        var result = await _intake.SubmitAsync(Samples.Submission(body.ToJsonString(), "PupilEnrolled"), CancellationToken.None);

        AssertRejected(result, RejectionCodes.DateOutOfRange, "birthDate");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(601)]
    public async Task Should_reject_with_minutes_range_when_the_minutes_are_negative_or_too_many(int minutes)
    {
        var body = Attendance();
        body["minutes"] = minutes;

        AssertRejected(await SubmitAsync(body), RejectionCodes.MinutesOutOfRange, "minutes");
    }

    [Theory]
    [InlineData("unit", "fortnight")]
    [InlineData("status", "teleported")]
    [InlineData("reasonCategory", "ziekte; DROP TABLE attendance_ledger;--")]
    public async Task Should_reject_with_enum_unknown_when_a_code_is_not_in_the_list(string field, string value)
    {
        var body = Attendance();
        body[field] = value;

        AssertRejected(await SubmitAsync(body), RejectionCodes.EnumUnknown, field);
    }

    [Fact]
    public async Task Should_reject_with_too_long_when_a_text_is_huge()
    {
        var body = Attendance();
        body["lvsReasonCode"] = new string('A', 50_000);

        AssertRejected(await SubmitAsync(body), RejectionCodes.FieldTooLong, "lvsReasonCode");
    }

    [Fact]
    public async Task Should_reject_as_unparseable_when_the_json_is_nested_deeper_than_the_reader_goes()
    {
        var json = Attendance().ToJsonString().Replace("\"lvsReasonCode\":\"ONG-01\"",
            "\"lvsReasonCode\":" + new string('[', 500) + new string(']', 500), StringComparison.Ordinal);

        var result = await _intake.SubmitAsync(Samples.Submission(json, "AttendanceRegistered"), CancellationToken.None);

        AssertRejected(result, RejectionCodes.Unparseable, null);
    }

    [Fact]
    public async Task Should_reject_without_parsing_when_the_body_is_larger_than_the_limit()
    {
        var body = Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 70 * 1024) + "\"}");

        var result = await _intake.SubmitAsync(Samples.Submission(body, "AttendanceRegistered"), CancellationToken.None);

        AssertRejected(result, RejectionCodes.BodyTooLarge, null);
        Assert.Null(result.MessageType);
    }

    [Fact]
    public async Task Should_keep_no_control_character_of_the_type_hint_when_the_hint_holds_a_nul()
    {
        var result = await _intake.SubmitAsync(Samples.Submission(Attendance().ToJsonString(), "Attendance\u0000Registered"), CancellationToken.None);

        AssertRejected(result, RejectionCodes.TypeUnknown, null);
        Assert.Equal("Attendance?Registered", Assert.Single(_store.Rejected).MessageType);
    }

    private static JsonObject Attendance() => JsonSerializer.SerializeToNode(Samples.Attendance(), JsonSerializerOptions.Web)!.AsObject();

    private static void Set(JsonObject body, string path, string value)
    {
        var parts = path.Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            node = node[part]!.AsObject();
        }

        node[parts[^1]] = value;
    }

    private Task<SubmissionResult> SubmitAsync(JsonObject body) =>
        _intake.SubmitAsync(Samples.Submission(body.ToJsonString(), "AttendanceRegistered"), CancellationToken.None);

    private void AssertRejected(SubmissionResult result, string code, string? field)
    {
        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Empty(_store.Accepted);
        var reason = Assert.Single(result.Reasons, r => r.Code == code);
        if (field is not null)
        {
            Assert.Equal(field, reason.Field);
        }
    }
}

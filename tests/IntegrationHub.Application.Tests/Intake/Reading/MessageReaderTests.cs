using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Intake.Reading;

public sealed class MessageReaderTests
{
    private static readonly MessageReader Reader = new();

    [Theory]
    [InlineData("AttendanceRegistered")]
    [InlineData("urn:message:IntegrationHub.Contracts.V1:AttendanceRegistered")]
    public void Should_read_the_contract_when_a_plain_body_is_named_by_the_hint(string hint)
    {
        var result = Reader.Read(Samples.Submission(Samples.Attendance(), hint));

        Assert.True(result.IsSuccess);
        Assert.Equal("AttendanceRegistered", result.MessageType);
        Assert.Equal(Samples.Attendance(), result.Message);
    }

    [Theory]
    [InlineData("application/vnd.masstransit+json")]
    [InlineData("application/json")]
    public void Should_read_the_message_when_a_masstransit_envelope_is_sent(string contentType)
    {
        var envelope = new JsonObject
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["messageType"] = new JsonArray("urn:message:Lvs.Internal:Something", "urn:message:IntegrationHub.Contracts.V1:PupilEnrolled"),
            ["message"] = JsonSerializer.SerializeToNode(Samples.Enrolment(), JsonSerializerOptions.Web),
            ["headers"] = new JsonObject(),
        };

        var result = Reader.Read(Samples.Submission(envelope.ToJsonString(), hint: null, contentType));

        Assert.True(result.IsSuccess);
        Assert.Equal("PupilEnrolled", result.MessageType);
        Assert.Equal(Samples.Enrolment().Envelope.MessageId, result.MessageId);
    }

    [Fact]
    public void Should_reject_as_type_unknown_when_no_envelope_urn_names_an_inbound_contract()
    {
        var envelope = new JsonObject
        {
            ["messageType"] = new JsonArray("urn:message:IntegrationHub.Contracts.V1:SubmissionAccepted"),
            ["message"] = JsonSerializer.SerializeToNode(Samples.Enrolment(), JsonSerializerOptions.Web),
        };

        var result = Reader.Read(Samples.Submission(envelope.ToJsonString(), hint: null, "application/vnd.masstransit+json"));

        Assert.Equal("message.type-unknown", Assert.Single(result.Reasons).Code);
        Assert.Equal(Samples.Enrolment().Envelope.MessageId, result.MessageId);
    }

    [Theory]
    [InlineData("not json at all", "AttendanceRegistered", "message.unparseable", null)]
    [InlineData("[1, 2]", "AttendanceRegistered", "message.unparseable", null)]
    [InlineData("{\"a\": 1,}", "AttendanceRegistered", "message.unparseable", null)]
    [InlineData("{}", null, "message.type-missing", null)]
    [InlineData("{}", "AttendanceRegistred", "message.type-unknown", null)]
    [InlineData("{}", "SubmissionAccepted", "message.type-unknown", null)]
    public void Should_reject_with_a_code_when_the_body_cannot_be_read(string body, string? hint, string code, string? field)
    {
        var result = Reader.Read(Samples.Submission(body, hint));

        Assert.False(result.IsSuccess);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((code, field), (reason.Code, reason.Field));
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
    }

    [Theory]
    [InlineData("minutes", null, "field.required", "minutes")]
    [InlineData("envelope.schemaVersion", null, "field.required", "envelope.schemaVersion")]
    [InlineData("registrationId", "null", "field.required", "registrationId")]
    [InlineData("status", "\"absent\"", "enum.unknown", "status")]
    [InlineData("minutes", "\"fifty\"", "field.invalid", "minutes")]
    [InlineData("minutes", "\"50\"", "field.invalid", "minutes")]
    [InlineData("minutes", "50.5", "field.invalid", "minutes")]
    [InlineData("date", "\"23-11-2026\"", "field.invalid", "date")]
    [InlineData("minuten", "50", "field.unknown", "minuten")]
    [InlineData("envelope.schoool", "{}", "field.unknown", "envelope.schoool")]
    public void Should_name_the_member_when_one_member_is_wrong(string path, string? value, string code, string field)
    {
        var body = JsonSerializer.SerializeToNode(Samples.Attendance(), JsonSerializerOptions.Web)!.AsObject();
        Set(body, path, value);

        var result = Reader.Read(Samples.Submission(body.ToJsonString(), "AttendanceRegistered"));

        Assert.False(result.IsSuccess);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((code, field), (reason.Code, reason.Field));
        Assert.Equal(Samples.Attendance().Envelope.MessageId, result.MessageId);
    }

    [Fact]
    public void Should_list_the_allowed_codes_when_an_enum_code_is_unknown()
    {
        var body = JsonSerializer.SerializeToNode(Samples.Attendance(), JsonSerializerOptions.Web)!.AsObject();
        body["unit"] = "uur";

        var reason = Assert.Single(Reader.Read(Samples.Submission(body.ToJsonString(), "AttendanceRegistered")).Reasons);

        Assert.Equal("enum.unknown", reason.Code);
        Assert.Contains("lesson, dagdeel", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_echo_values_when_a_member_is_rejected()
    {
        var body = JsonSerializer.SerializeToNode(Samples.Attendance(), JsonSerializerOptions.Web)!.AsObject();
        body["pupil"]!["persoonsgebondenNummer"] = 999990020;

        var reason = Assert.Single(Reader.Read(Samples.Submission(body.ToJsonString(), "AttendanceRegistered")).Reasons);

        Assert.Equal("pupil.persoonsgebondenNummer", reason.Field);
        Assert.DoesNotContain("999990020", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_know_every_inbound_contract_when_the_catalogue_is_listed()
    {
        var inbound = typeof(Envelope).Assembly.GetTypes()
            .Where(type => type.GetProperty(nameof(AttendanceRegistered.Envelope))?.PropertyType == typeof(Envelope));

        Assert.Equal(inbound.Select(t => t.Name).Order(), InboundContracts.All.Select(t => t.Name).Order());
    }

    private static void Set(JsonObject body, string path, string? value)
    {
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(body, (node, part) => node[part]!.AsObject());
        var name = parts[^1];
        if (value is null)
        {
            parent.Remove(name);
        }
        else
        {
            parent[name] = JsonNode.Parse(value);
        }
    }
}

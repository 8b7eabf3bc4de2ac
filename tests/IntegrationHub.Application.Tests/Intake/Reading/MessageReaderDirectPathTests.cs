using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Reading;

namespace IntegrationHub.Application.Tests.Intake.Reading;

/// <summary>
/// The reader's direct path (a plain, printable-ASCII body read straight from its bytes) must give what the document
/// path gives, and must leave every other body to the document path.
/// </summary>
public sealed class MessageReaderDirectPathTests
{
    public static TheoryData<string> SampleNames => ["attendance", "enrolment", "leave", "calendar"];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Should_read_directly_the_same_message_as_the_document_path_when_the_body_is_plain_printable_ascii(string name)
    {
        var submission = Samples.Submission(Sample(name));

        var direct = MessageReader.TryReadPlainDirectly(submission);

        Assert.NotNull(direct);
        AssertSame(MessageReader.ReadThroughDocument(submission), direct);
    }

    [Theory]
    [InlineData("escaped text", "lvsReasonCode", "\"ONG\\u002D01\"")]
    [InlineData("an escaped control character", "lvsReasonCode", "\"ONG\\u000101\"")]
    [InlineData("a raw DEL character", "lvsReasonCode", "\"ONG\u007F01\"")]
    [InlineData("non-ASCII text", "lvsReasonCode", "\"Zo\u00EB\"")]
    [InlineData("a lone surrogate escape", "lvsReasonCode", "\"\\uD800\"")]
    [InlineData("a text over the length bound", "lvsReasonCode", null)]
    [InlineData("a member that may make it an envelope", "messageType", "[\"urn:message:IntegrationHub.Contracts.V1:PupilEnrolled\"]")]
    [InlineData("an unknown member", "minuten", "50")]
    [InlineData("a wrong value", "minutes", "\"fifty\"")]
    [InlineData("a missing required member", "registrationId", "null")]
    public void Should_leave_the_body_to_the_document_path_when_it_has(string what, string member, string? json)
    {
        var body = JsonSerializer.SerializeToNode(Samples.Attendance(), JsonSerializerOptions.Web)!.AsObject();
        body[member] = "__raw__"; // replaced below by the text as written, so escapes stay escapes
        var text = body.ToJsonString().Replace("\"__raw__\"", json ?? $"\"{new string('x', JsonTextScan.MaxTextLength + 1)}\"", StringComparison.Ordinal);
        var submission = Samples.Submission(text, "AttendanceRegistered");

        Assert.True(MessageReader.TryReadPlainDirectly(submission) is null, what);
        AssertSame(MessageReader.ReadThroughDocument(submission), new MessageReader().Read(submission));
    }

    [Theory]
    [InlineData("{\"a\": 1,}", "AttendanceRegistered", "application/json")]
    [InlineData("{} {}", "AttendanceRegistered", "application/json")]
    [InlineData("[1, 2]", "AttendanceRegistered", "application/json")]
    [InlineData("{}", "AttendanceRegistred", "application/json")]
    [InlineData("{}", null, "application/json")]
    [InlineData("{}", "AttendanceRegistered", "application/vnd.masstransit+json")]
    public void Should_leave_the_body_to_the_document_path_when_it_is_not_a_plain_named_object(string json, string? hint, string contentType)
    {
        var submission = Samples.Submission(json, hint, contentType);

        Assert.Null(MessageReader.TryReadPlainDirectly(submission));
        AssertSame(MessageReader.ReadThroughDocument(submission), new MessageReader().Read(submission));
    }

    [Fact]
    public void Should_leave_the_body_to_the_document_path_when_it_nests_deeper_than_the_document_allows()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40);
        var body = JsonSerializer.SerializeToNode(Samples.Attendance(), JsonSerializerOptions.Web)!.AsObject();
        body["lvsReasonCode"] = JsonNode.Parse(nested);
        var submission = Samples.Submission(body.ToJsonString(), "AttendanceRegistered");

        Assert.Null(MessageReader.TryReadPlainDirectly(submission));
        Assert.Equal("message.unparseable", Assert.Single(new MessageReader().Read(submission).Reasons).Code);
    }

    private static object Sample(string name) => name switch
    {
        "attendance" => Samples.Attendance(),
        "enrolment" => Samples.Enrolment(),
        "leave" => Samples.Leave(),
        "calendar" => Samples.Calendar(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void AssertSame(ReadResult expected, ReadResult actual)
    {
        Assert.Equal((expected.MessageType, expected.MessageId, expected.Vestiging), (actual.MessageType, actual.MessageId, actual.Vestiging));
        Assert.Equal(expected.Reasons.Select(r => (r.Code, r.Field, r.Message)), actual.Reasons.Select(r => (r.Code, r.Field, r.Message)));
        Assert.Equal(Json(expected.Message), Json(actual.Message));
    }

    private static string Json(object? message) =>
        message is null ? "null" : Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), JsonSerializerOptions.Web));
}

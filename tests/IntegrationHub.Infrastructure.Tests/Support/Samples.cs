using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Application.Intake;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>Inbound test messages as an LVS would send them: plain V1 JSON bodies.</summary>
public static class Samples
{
    /// <summary>A BSN that passes the elfproef (test value, not a real person's).</summary>
    public const string Bsn = "999990020";

    public static readonly SchoolIdentity School12AB = new("12AB", "lvs-12AB");

    public static JsonObject AttendanceRegistered(Guid messageId, string brin = "12AB", string bsn = Bsn)
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        return new JsonObject
        {
            ["envelope"] = new JsonObject
            {
                ["messageId"] = messageId.ToString(),
                ["school"] = new JsonObject { ["brin"] = brin, ["vestiging"] = "01" },
                ["sourceSystem"] = "Magister",
                ["occurredAt"] = DateTimeOffset.UtcNow.AddDays(-3).ToString("O"),
                ["schemaVersion"] = "1.0",
            },
            ["pupil"] = new JsonObject
            {
                ["persoonsgebondenNummer"] = bsn,
                ["nummerSoort"] = "bsn",
                ["lvsPupilKey"] = "lvs-pupil-4711",
            },
            ["registrationId"] = "reg-1",
            ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["startTime"] = "08:30:00",
            ["minutes"] = 50,
            ["unit"] = "lesson",
            ["status"] = "absent-unauthorised",
            ["reasonCategory"] = "spijbelen",
        };
    }

    public static InboundSubmission Submission(JsonNode body, string? typeHint = "AttendanceRegistered", SchoolIdentity? sender = null) =>
        Submission(Encoding.UTF8.GetBytes(body.ToJsonString()), typeHint, sender);

    public static InboundSubmission Submission(byte[] body, string? typeHint, SchoolIdentity? sender = null) =>
        new(body, typeHint, "application/json", sender ?? School12AB, IntakeChannel.Amqp);
}

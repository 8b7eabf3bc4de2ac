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

    /// <summary>A registration; its id is the school's own (reg-BRIN-1 unless given), as every school's ids are.</summary>
    public static JsonObject AttendanceRegistered(Guid messageId, string brin = "12AB", string bsn = Bsn, string? registrationId = null, string vestiging = "01")
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        return new JsonObject
        {
            ["envelope"] = new JsonObject
            {
                ["messageId"] = messageId.ToString(),
                ["school"] = new JsonObject { ["brin"] = brin, ["vestiging"] = vestiging },
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
            ["registrationId"] = registrationId ?? $"reg-{brin}-1",
            ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["startTime"] = "08:30:00",
            ["minutes"] = 50,
            ["unit"] = "lesson",
            ["status"] = "absent-unauthorised",
            ["reasonCategory"] = "spijbelen",
        };
    }

    /// <summary>A correction of a registration: the registration's shape with 20 minutes instead of 50.</summary>
    public static JsonObject AttendanceCorrected(Guid messageId, string brin, string bsn, string registrationId, string vestiging = "01")
    {
        var body = AttendanceRegistered(messageId, brin, bsn, registrationId, vestiging);
        body["minutes"] = 20;
        return body;
    }

    public static JsonObject AttendanceRetracted(Guid messageId, string brin, string bsn, string registrationId, string vestiging = "01")
    {
        var registered = AttendanceRegistered(messageId, brin, bsn, registrationId, vestiging);
        return new JsonObject
        {
            ["envelope"] = registered["envelope"]!.DeepClone(),
            ["pupil"] = registered["pupil"]!.DeepClone(),
            ["registrationId"] = registrationId,
            ["date"] = registered["date"]!.DeepClone(),
        };
    }

    public static InboundSubmission Submission(JsonNode body, string? typeHint = "AttendanceRegistered", SchoolIdentity? sender = null) =>
        Submission(Encoding.UTF8.GetBytes(body.ToJsonString()), typeHint, sender);

    public static InboundSubmission Submission(byte[] body, string? typeHint, SchoolIdentity? sender = null) =>
        new(body, typeHint, "application/json", sender ?? School12AB, IntakeChannel.Amqp);
}

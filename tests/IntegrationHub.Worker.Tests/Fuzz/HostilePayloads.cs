using System.Text;
using System.Text.Json.Nodes;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Fuzz;

/// <summary>
/// A seeded generator of malformed and hostile school messages: the same seed gives the same payloads. Each starts from a
/// valid AttendanceRegistered of the sending school (with a fresh message id) and gets one hostile change that must make
/// the hub reject it: broken JSON, wrong types, huge strings, deep nesting, unknown codes, year 9999 or 0001, negative
/// minutes, another school's BRIN, control characters, or injection strings in every text field together with one of
/// the faults above (an injection string in a free id field is a valid id; it is there to prove the rejection path
/// keeps it harmlessly).
/// </summary>
public sealed class HostilePayloads(int seed, string brin)
{
    public static readonly string[] Injections =
    [
        "'; DROP TABLE attendance_ledger; --",
        "\" OR 1=1 --",
        "1; SELECT pg_sleep(10)",
        "$$; DELETE FROM outbox; $$",
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
        "<script>alert(1)</script>",
        "javascript:alert(document.cookie)",
        "{0}{1}{2:N}%s%s%n%x",
        "${jndi:ldap://127.0.0.1/a}",
        "{{7*7}}",
        "../../../../etc/passwd",
        "\u202Egnp.exe",
        "Z\u0351\u0358\u0359a\u0363l\u0364g\u0365o",
        "\uFEFF\u200B\u200D",
        "\uD83D\uDE00\uD83D\uDCA9",
        "\uFFFF\uFFFE",
        "A\u0301\u0327",
        "ＤＲＯＰ ＴＡＢＬＥ",
    ];

    private static readonly string[] TextFields =
    [
        "registrationId", "lvsReasonCode", "envelope.sourceSystem", "envelope.schemaVersion", "envelope.school.brin",
        "envelope.school.vestiging", "envelope.traceParent", "envelope.traceState", "pupil.persoonsgebondenNummer", "pupil.lvsPupilKey",
        "unit", "status", "reasonCategory", "pupil.nummerSoort",
    ];

    private readonly Random _random = new(seed);
    private int _lesson;

    public IEnumerable<HostilePayload> Take(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next();
        }
    }

    public HostilePayload Next()
    {
        var message = Valid();
        return _random.Next(14) switch
        {
            0 => BrokenJson(message),
            1 => new HostilePayload("wrong-type", Bytes(WrongType(message)), "AttendanceRegistered"),
            2 => new HostilePayload("huge-string", Bytes(Set(message, Pick(TextFields), new string('x', _random.Next(5_000, 400_000)))), "AttendanceRegistered"),
            3 => DeepNesting(message),
            4 => new HostilePayload("unknown-code", Bytes(UnknownCode(message)), "AttendanceRegistered"),
            5 => new HostilePayload("far-date", Bytes(FarDate(message)), "AttendanceRegistered"),
            6 => new HostilePayload("negative-minutes", Bytes(Set(message, "minutes", -_random.Next(1, int.MaxValue))), "AttendanceRegistered"),
            7 => new HostilePayload("brin-spoof", Bytes(Spoof(message)), "AttendanceRegistered"),
            8 => new HostilePayload("control-character", Bytes(Set(message, Pick(TextFields), ControlText())), "AttendanceRegistered"),
            9 => new HostilePayload("type-hint", Bytes(message), HostileHint()),
            10 => new HostilePayload("lone-surrogate", LoneSurrogate(message), "AttendanceRegistered"),
            11 => new HostilePayload("unknown-member", Bytes(Set(message, "x" + _random.Next(), Pick(Injections))), "AttendanceRegistered"),
            _ => new HostilePayload("injection", Bytes(Injection(message)), "AttendanceRegistered"),
        };
    }

    private JsonObject Valid()
    {
        var pupil = 1 + _random.Next(50);
        return JsonNode.Parse(TestMessages.ToJsonString(TestMessages.Attendance(brin, pupil, ++_lesson)))!.AsObject();
    }

    private HostilePayload BrokenJson(JsonObject message)
    {
        var text = message.ToJsonString();
        return _random.Next(5) switch
        {
            0 => new("broken-json", Encoding.UTF8.GetBytes(text[.._random.Next(0, text.Length - 1)]), "AttendanceRegistered"),
            1 => new("broken-json", RandomBytes(_random.Next(0, 2048)), "AttendanceRegistered"),
            2 => new("broken-json", Encoding.UTF8.GetBytes(text.Replace("\"", "'", StringComparison.Ordinal)), "AttendanceRegistered"),
            3 => new("broken-json", [.. Encoding.UTF8.GetBytes(text[..^1]), 0xC3, 0x28, (byte)'}'], "AttendanceRegistered"),
            _ => new("broken-json", Encoding.UTF8.GetBytes(Pick(["[]", "null", "42", "\"text\"", "{}", "{\"envelope\":{}}", text + text, "", "   "])), "AttendanceRegistered"),
        };
    }

    private JsonObject WrongType(JsonObject message)
    {
        var field = Pick(["minutes", "date", "startTime", "registrationId", "envelope", "pupil", "envelope.messageId", "envelope.occurredAt", "envelope.school", "unit"]);
        JsonNode value = _random.Next(6) switch
        {
            0 => JsonValue.Create(_random.Next())!,
            1 => new JsonArray(1, 2, 3),
            2 => new JsonObject { ["x"] = 1 },
            3 => JsonValue.Create(true)!,
            4 => JsonValue.Create(1e308)!,
            _ => JsonValue.Create("not-a-" + field)!,
        };
        if (field is "registrationId" && value is JsonValue v && v.TryGetValue<string>(out _))
        {
            value = JsonValue.Create(12345)!;
        }

        return Set(message, field, value);
    }

    private HostilePayload DeepNesting(JsonObject message)
    {
        var depth = _random.Next(33, 5_000);
        var open = _random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var text = message.ToJsonString();
        return new HostilePayload("deep-nesting", Encoding.UTF8.GetBytes(text[..^1] + ",\"lvsReasonCode\":" + nested + "}"), "AttendanceRegistered");
    }

    private JsonObject UnknownCode(JsonObject message)
    {
        var field = Pick(["unit", "status", "reasonCategory", "pupil.nummerSoort"]);
        JsonNode value = _random.Next(3) switch
        {
            0 => JsonValue.Create(_random.Next(20, 1000))!,
            1 => JsonValue.Create("unknown-" + _random.Next())!,
            _ => JsonValue.Create(Pick(Injections))!,
        };
        return Set(message, field, value);
    }

    private JsonObject FarDate(JsonObject message) => _random.Next(4) switch
    {
        0 => Set(message, "date", "9999-12-31"),
        1 => Set(message, "date", "0001-01-01"),
        2 => Set(message, "envelope.occurredAt", "9999-12-31T23:59:59Z"),
        _ => Set(message, "envelope.occurredAt", "0001-01-01T00:00:00Z"),
    };

    private JsonObject Spoof(JsonObject message)
    {
        var other = $"{_random.Next(10, 100)}{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}";
        return Set(message, "envelope.school.brin", other == brin ? "99ZZ" : other);
    }

    private JsonObject Injection(JsonObject message)
    {
        foreach (var field in TextFields)
        {
            Set(message, field, Pick(Injections));
        }

        // Injection strings alone make a valid id; one fault more makes sure the message must be rejected.
        return _random.Next(3) switch
        {
            0 => Set(message, "minutes", -1),
            1 => Spoof(message),
            _ => FarDate(message),
        };
    }

    private string ControlText()
    {
        var controls = new[] { '\0', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009B' };
        var text = Pick(Injections);
        var at = _random.Next(text.Length + 1);
        return text[..at] + Pick(controls) + text[at..];
    }

    private string? HostileHint() => _random.Next(6) switch
    {
        0 => null,
        1 => "",
        2 => "Attendance\0Registered",
        3 => "urn:message:IntegrationHub.Contracts.V1:" + Pick(Injections),
        4 => new string('T', 250),
        _ => Pick(["SubmissionAccepted", "VerzuimmeldingRegistered", "PartnerStatusSet", "System.Object", "../../AttendanceRegistered"]),
    };

    private byte[] LoneSurrogate(JsonObject message)
    {
        var text = message.ToJsonString();
        var id = "\"test-reg-";
        return Encoding.UTF8.GetBytes(text.Replace(id, id + Pick(["\\ud800", "\\udfff", "\\ud83d x"]), StringComparison.Ordinal));
    }

    private static JsonObject Set(JsonObject message, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = message;
        foreach (var part in parts[..^1])
        {
            node = node[part] as JsonObject ?? new JsonObject();
        }

        node[parts[^1]] = value;
        return message;
    }

    private static JsonObject Set(JsonObject message, string path, string value) => Set(message, path, JsonValue.Create(value));

    private static JsonObject Set(JsonObject message, string path, int value) => Set(message, path, JsonValue.Create(value));

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        if (length > 0 && bytes[0] == (byte)'{')
        {
            bytes[0] = (byte)'<';
        }

        return bytes;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static byte[] Bytes(JsonObject message) => Encoding.UTF8.GetBytes(message.ToJsonString());
}

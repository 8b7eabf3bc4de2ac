using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// Contract messages as an LVS would write them (plain JSON, camelCase). Every persoonsgebonden nummer is a test
/// BSN from 999990000..999999999 that passes the elfproef; pupil keys are obviously made up.
/// </summary>
public static class TestMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static AttendanceRegistered Attendance(string brin, int pupil, int lesson, Guid? messageId = null) => new()
    {
        Envelope = new Envelope
        {
            MessageId = messageId ?? Guid.NewGuid(),
            School = new SchoolRef { Brin = brin, Vestiging = "00" },
            SourceSystem = "WorkerTests",
            OccurredAt = new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero),
            SchemaVersion = "1.0",
        },
        Pupil = Pupil(pupil),
        RegistrationId = $"test-reg-{pupil}-{lesson}",
        Date = new DateOnly(2026, 10, 5),
        StartTime = new TimeOnly(8, 30).AddMinutes(lesson % 8 * 50),
        Minutes = 50,
        Unit = AttendanceUnit.Lesson,
        Status = AttendanceStatus.AbsentUnauthorised,
        ReasonCategory = ReasonCategory.Spijbelen,
    };

    public static PupilRef Pupil(int number) => new()
    {
        PersoonsgebondenNummer = TestBsn(number),
        NummerSoort = NummerSoort.Bsn,
        LvsPupilKey = LvsPupilKey(number),
    };

    /// <summary>An LVS pupil key that cannot be confused with anything else in a log line.</summary>
    public static string LvsPupilKey(int number) => $"lvskey-zq{number:D5}";

    public static byte[] ToJson<T>(T message) => JsonSerializer.SerializeToUtf8Bytes(message, Json);

    public static byte[] ToJson(object message, Type type) => JsonSerializer.SerializeToUtf8Bytes(message, type, Json);

    public static string ToJsonString<T>(T message) => JsonSerializer.Serialize(message, Json);

    /// <summary>The number-th BSN (1-based) in 999990000..999999999 that passes the elfproef.</summary>
    public static string TestBsn(int number)
    {
        var found = 0;
        for (var candidate = 999_990_000; candidate <= 999_999_999; candidate++)
        {
            var digits = candidate.ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (digits[i] - '0') * (9 - i);
            }

            sum -= digits[8] - '0';
            if (sum % 11 == 0 && ++found == number)
            {
                return digits;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(number));
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Console.Tests.School;

/// <summary>
/// What an LVS sends for one melding-16-uur: an enrolment (woongemeente GM0014, routed to lp-groningen) and sixteen
/// unauthorised lesson hours on four Tuesdays of September 2026; and the later correction (overmacht) that takes away the
/// grounds of the sent melding. Another <paramref name="woongemeente"/> routes elsewhere (or parks the melding). Fixture BSNs
/// only from 999990000..999999999.
/// </summary>
public sealed class SixteenHours(string brin, int pupilNumber, string woongemeente = "GM0014")
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private static readonly DateOnly[] Tuesdays = [new(2026, 9, 8), new(2026, 9, 15), new(2026, 9, 22), new(2026, 9, 29)];

    public string Bsn { get; } = TestBsn(pupilNumber);

    public string LvsPupilKey { get; } = $"lvs-console-{pupilNumber:D4}";

    private PupilRef Pupil => new() { PersoonsgebondenNummer = Bsn, NummerSoort = NummerSoort.Bsn, LvsPupilKey = LvsPupilKey };

    /// <summary>Publishes the enrolment and the sixteen lessons as the school's LVS.</summary>
    public async Task SendAsync(QueueReader lvs)
    {
        await lvs.PublishAsync(JsonSerializer.SerializeToUtf8Bytes(new PupilEnrolled
        {
            Envelope = Envelope(At(new DateOnly(2026, 8, 17))),
            Pupil = Pupil,
            EnrolledOn = new DateOnly(2026, 8, 17),
            BirthDate = new DateOnly(2012, 3, 10),
            WoongemeenteCode = woongemeente,
            SchoolType = SchoolType.Vo,
            HasStartkwalificatie = false,
        }, Json), nameof(PupilEnrolled));
        foreach (var lesson in Lessons())
        {
            await lvs.PublishAsync(JsonSerializer.SerializeToUtf8Bytes(lesson, Json), nameof(AttendanceRegistered));
        }
    }

    /// <summary>The first lesson turns out to be overmacht (geoorloofd): the sent melding loses its grounds.</summary>
    public Task SendCorrectionAsync(QueueReader lvs)
    {
        var first = Lessons().First();
        var correction = new AttendanceCorrected
        {
            Envelope = Envelope(DateTimeOffset.UtcNow),
            Pupil = first.Pupil,
            RegistrationId = first.RegistrationId,
            Date = first.Date,
            StartTime = first.StartTime,
            Minutes = first.Minutes,
            Unit = first.Unit,
            Status = AttendanceStatus.AbsentAuthorised,
            ReasonCategory = ReasonCategory.Overmacht,
        };
        return lvs.PublishAsync(JsonSerializer.SerializeToUtf8Bytes(correction, Json), nameof(AttendanceCorrected));
    }

    private IEnumerable<AttendanceRegistered> Lessons() =>
        from day in Tuesdays
        from lesson in Enumerable.Range(0, 4)
        select new AttendanceRegistered
        {
            Envelope = Envelope(At(day)),
            Pupil = Pupil,
            RegistrationId = $"{brin}-{pupilNumber}-{day:yyyyMMdd}-{lesson}",
            Date = day,
            StartTime = new TimeOnly(8 + lesson, 30),
            Minutes = 50,
            Unit = AttendanceUnit.Lesson,
            Status = AttendanceStatus.AbsentUnauthorised,
            ReasonCategory = ReasonCategory.Spijbelen,
        };

    private Envelope Envelope(DateTimeOffset occurredAt) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "ConsoleTests",
        OccurredAt = occurredAt,
        SchemaVersion = "1.0",
    };

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);

    /// <summary>The <paramref name="number"/>-th BSN in 999990000..999999999 that passes the elfproef.</summary>
    private static string TestBsn(int number)
    {
        var found = 0;
        for (var candidate = 999_990_000; candidate <= 999_999_999; candidate++)
        {
            var digits = candidate.ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            sum -= digits[8] - '0';
            if (sum % 11 == 0 && found++ == number)
            {
                return digits;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(number));
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>
/// Attendance messages as a school's LVS sends them, published through the school's own exchange (school.{BRIN}.in)
/// on the fixture's vhost, publisher-confirmed. Persoonsgebonden nummers from 999990000..999999999 (elfproef).
/// </summary>
public static class AttendanceSubmissions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static AttendanceRegistered Absence(string brin, int pupil, string registrationId) => new()
    {
        Envelope = new Envelope
        {
            MessageId = Guid.NewGuid(),
            School = new SchoolRef { Brin = brin, Vestiging = "00" },
            SourceSystem = "ConsoleTests",
            OccurredAt = new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero),
            SchemaVersion = "1.0",
        },
        Pupil = new PupilRef
        {
            PersoonsgebondenNummer = TestBsn(pupil),
            NummerSoort = NummerSoort.Bsn,
            LvsPupilKey = $"lvskey-cb{pupil:D5}",
        },
        RegistrationId = registrationId,
        Date = new DateOnly(2026, 10, 5),
        StartTime = new TimeOnly(8, 30),
        Minutes = 50,
        Unit = AttendanceUnit.Lesson,
        Status = AttendanceStatus.AbsentUnauthorised,
        ReasonCategory = ReasonCategory.Spijbelen,
    };

    /// <summary>One item of a POST /v1/submissions batch to the worker's HTTP intake, as an LVS sends it.</summary>
    public static string HttpItem(AttendanceRegistered message) =>
        $"{{\"messageType\":\"AttendanceRegistered\",\"message\":{JsonSerializer.Serialize(message, Json)}}}";

    /// <summary>Publishes as the school's own RabbitMQ user (user_id set, as an LVS does) to its exchange.</summary>
    public static async Task PublishAsync(string virtualHost, SchoolCredentials school, IEnumerable<AttendanceRegistered> messages)
    {
        ArgumentNullException.ThrowIfNull(school);
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = virtualHost,
            UserName = school.AmqpUsername,
            Password = school.AmqpPassword ?? throw new ArgumentException("The school has no AMQP password.", nameof(school)),
            ClientProvidedName = "console-tests-lvs-" + school.Brin,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        foreach (var message in messages)
        {
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json", Type = "AttendanceRegistered", UserId = school.AmqpUsername };
            await channel.BasicPublishAsync(school.InboundExchange, string.Empty, mandatory: true, properties, JsonSerializer.SerializeToUtf8Bytes(message, Json));
        }
    }

    /// <summary>The number-th BSN (1-based) in 999990000..999999999 that passes the elfproef.</summary>
    private static string TestBsn(int number)
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

using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Privacy;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Routing;

/// <summary>
/// What an LVS sends in the routing tests, on top of <see cref="MeldingFacts"/>: an enrolment in a given woongemeente,
/// four sick episodes (the MAZL criterion "4 sick reports within 12 school weeks"), the conversation about the MAZL
/// finding, and consent given and withdrawn. Every message may carry a W3C traceparent.
/// </summary>
public static class RoutingFacts
{
    /// <summary>The pupils' birth date (MeldingFacts.Enrolment): 14 this school year, so the WGBO asks parents and pupil.</summary>
    public static readonly DateOnly BirthDate = new(2012, 3, 10);

    /// <summary>Four Mondays in September 2026, each the first day of a one-day sickness.</summary>
    public static IReadOnlyList<DateOnly> SickMondays { get; } = [new(2026, 9, 7), new(2026, 9, 14), new(2026, 9, 21), new(2026, 9, 28)];

    public static PupilEnrolled Enrolment(string brin, PupilRef pupil, string woongemeente, string? traceParent = null)
    {
        var enrolment = MeldingFacts.Enrolment(brin, pupil, new DateOnly(2026, 8, 17));
        return enrolment with { WoongemeenteCode = woongemeente, Envelope = enrolment.Envelope with { TraceParent = traceParent } };
    }

    public static IReadOnlyList<AttendanceRegistered> MissedLessons(string brin, PupilRef pupil, string? traceParent = null) =>
        [.. MeldingFacts.MissedLessons(brin, pupil, MeldingFacts.SeptemberTuesdays).Select(l => l with { Envelope = l.Envelope with { TraceParent = traceParent } })];

    /// <summary>A sick report and its recovery the next day for each of <see cref="SickMondays"/>, in order.</summary>
    public static IReadOnlyList<object> SickEpisodes(string brin, PupilRef pupil)
    {
        var messages = new List<object>();
        foreach (var day in SickMondays)
        {
            var id = $"sick-{brin}-{day:yyyyMMdd}";
            messages.Add(new SickReported { Envelope = Envelope(brin, day, 8), Pupil = pupil, SickReportId = id, From = day, ReportedBy = SickReportedBy.Parent });
            messages.Add(new RecoveryReported { Envelope = Envelope(brin, day.AddDays(1), 8), Pupil = pupil, SickReportId = id, RecoveredOn = day.AddDays(1) });
        }

        return messages;
    }

    /// <summary>Consent for a MAZL referral, given by whom the WGBO names for the pupil's age today.</summary>
    public static ConsentGiven Consent(string brin, PupilRef pupil, string consentId) => new()
    {
        Envelope = Envelope(brin, DateTimeOffset.UtcNow),
        Pupil = pupil,
        ConsentId = consentId,
        Scope = ConsentScope.MazlReferral,
        GivenBy = ConsentRules.RequiredGiver(BirthDate, DateOnly.FromDateTime(DateTime.UtcNow)) switch
        {
            ConsentGiver.Parents => ConsentGivenBy.Parents,
            ConsentGiver.Pupil => ConsentGivenBy.Pupil,
            _ => ConsentGivenBy.ParentsAndPupil,
        },
        ValidFrom = new DateOnly(2026, 9, 1),
        ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
    };

    public static ConsentWithdrawn Withdrawal(string brin, PupilRef pupil, string consentId) => new()
    {
        Envelope = Envelope(brin, DateTimeOffset.UtcNow),
        Pupil = pupil,
        ConsentId = consentId,
        WithdrawnOn = DateOnly.FromDateTime(DateTime.UtcNow),
    };

    /// <summary>The school talked with pupil and parents about its MAZL finding and they agreed to ask the jeugdarts.</summary>
    public static MazlConversationRecorded Conversation(string brin, PupilRef pupil, string findingId, string? traceParent = null) => new()
    {
        Envelope = Envelope(brin, DateTimeOffset.UtcNow) with { TraceParent = traceParent },
        Pupil = pupil,
        FindingId = findingId,
        HeldOn = new DateOnly(2026, 10, 6),
        WithPupil = true,
        WithParents = true,
        ReferToJgz = true,
    };

    /// <summary>Publishes each message with its contract name as the AMQP type.</summary>
    public static async Task PublishAllAsync(this SchoolConnection lvs, IEnumerable<object> messages)
    {
        foreach (var message in messages)
        {
            await lvs.PublishAsync(TestMessages.ToJson(message, message.GetType()), type: message.GetType().Name);
        }
    }

    private static Envelope Envelope(string brin, DateOnly day, int hour) => Envelope(brin, new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    private static Envelope Envelope(string brin, DateTimeOffset occurredAt) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "WorkerTests",
        OccurredAt = occurredAt,
        SchemaVersion = "1.0",
    };
}

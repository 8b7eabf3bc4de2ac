using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Intake;

/// <summary>
/// A school with batched acceptance (schools.batched_acceptance) gets one SubmissionsAccepted per intake transaction,
/// whose items are exactly the SubmissionAccepted messages it would have had one by one; rejections, and every other
/// school in the same transaction, are answered as before.
/// </summary>
public sealed class BatchedAcceptanceTests
{
    private const string AcceptedType = "IntegrationHub.Contracts.V1.SubmissionAccepted";
    private const string BatchType = "IntegrationHub.Contracts.V1.SubmissionsAccepted";
    private const string RejectedType = "IntegrationHub.Contracts.V1.SubmissionRejected";
    private static readonly SchoolIdentity SchoolB = new("34CD", "lvs-34CD");

    [Fact]
    public async Task Should_send_one_submissions_accepted_holding_exactly_the_per_message_answers_when_the_sender_chose_batched_acceptance()
    {
        var batch = Batch();
        var perMessage = new MigratedDatabase();
        var batched = new MigratedDatabase();
        await perMessage.InitializeAsync();
        await batched.InitializeAsync();
        List<Feedback> expected, actual;
        try
        {
            foreach (var hub in new[] { perMessage, batched })
            {
                var intake = hub.Services.GetRequiredService<IIntakeService>();
                await ConnectAsync(hub.DataSource, "12AB", batchedAcceptance: false);
                await intake.SubmitAsync(batch.Earlier, CancellationToken.None);
                await ConnectAsync(hub.DataSource, "12AB", batchedAcceptance: hub == batched);
                await intake.SubmitBatchAsync(batch.Submissions, CancellationToken.None);
            }

            expected = await FeedbackAsync(perMessage.DataSource);
            actual = await FeedbackAsync(batched.DataSource);
        }
        finally
        {
            await perMessage.DisposeAsync();
            await batched.DisposeAsync();
        }

        // 12AB: five accepted (one of them a repeat of an earlier batch, one a repeat inside this batch) and one rejection.
        var oneByOne = expected.Where(f => f.Destination.EndsWith("12AB.feedback", StringComparison.Ordinal) && f.Type == AcceptedType).Skip(1).ToList();
        Assert.Equal(5, oneByOne.Count);
        var answer = Assert.Single(actual, f => f.Type == BatchType);
        Assert.Equal("queue:school.12AB.feedback", answer.Destination);
        var body = JsonNode.Parse(answer.Body)!;
        Assert.Equal("12AB", (string?)body["brin"]);
        Assert.Equal(answer.MessageId, Guid.Parse((string)body["batchId"]!));
        Assert.Equal(oneByOne.Select(f => Stable(f.Body)), body["accepted"]!.AsArray().Select(item => Stable(item!.ToJsonString())));
        Assert.All(body["accepted"]!.AsArray(), item => Assert.True(DateTimeOffset.Parse((string)item!["acceptedAt"]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal([false, false, true, false, true], body["accepted"]!.AsArray().Select(item => (bool)item!["isDuplicate"]!));

        // Only the earlier, separate transaction answered 12AB one by one; the rejection and 34CD are answered as before.
        Assert.Single(actual, f => f.Type == AcceptedType && f.Destination.EndsWith("12AB.feedback", StringComparison.Ordinal));
        Assert.Equal(Without12ABAcceptances(expected), Without12ABAcceptances(actual).Where(f => f.Type != BatchType));
        Assert.Equal(2, actual.Count(f => f.Type == AcceptedType && f.Destination.EndsWith("34CD.feedback", StringComparison.Ordinal)));
        Assert.Single(actual, f => f.Type == RejectedType);
    }

    [Fact]
    public async Task Should_answer_one_by_one_again_when_the_school_turns_batched_acceptance_off()
    {
        var hub = new MigratedDatabase();
        await hub.InitializeAsync();
        List<Feedback> feedback;
        try
        {
            var intake = hub.Services.GetRequiredService<IIntakeService>();
            await ConnectAsync(hub.DataSource, "12AB", batchedAcceptance: true);
            await intake.SubmitBatchAsync([Attendance(), Attendance(), Attendance()], CancellationToken.None);
            await ConnectAsync(hub.DataSource, "12AB", batchedAcceptance: false);
            await intake.SubmitBatchAsync([Attendance(), Attendance()], CancellationToken.None);
            feedback = await FeedbackAsync(hub.DataSource);
        }
        finally
        {
            await hub.DisposeAsync();
        }

        Assert.Equal([BatchType, AcceptedType, AcceptedType], feedback.Select(f => f.Type));
        Assert.Equal(3, JsonNode.Parse(feedback[0].Body)!["accepted"]!.AsArray().Count);
    }

    private static (InboundSubmission Earlier, List<InboundSubmission> Submissions) Batch()
    {
        var earlier = Attendance();
        var first = Attendance();
        var broken = Samples.AttendanceRegistered(Guid.NewGuid(), registrationId: NewId());
        broken["minutes"] = 0;
        return (earlier,
        [
            first,
            Attendance(),
            Samples.Submission(broken),
            Samples.Submission(Samples.AttendanceRegistered(Guid.NewGuid(), brin: "34CD", registrationId: NewId()), sender: SchoolB),
            earlier,
            Attendance(),
            Samples.Submission(Samples.AttendanceRegistered(Guid.NewGuid(), brin: "34CD", registrationId: NewId()), sender: SchoolB),
            first,
        ]);
    }

    private static InboundSubmission Attendance() => Samples.Submission(Samples.AttendanceRegistered(Guid.NewGuid(), registrationId: NewId()));

    private static List<Feedback> Without12ABAcceptances(IEnumerable<Feedback> feedback) =>
        [.. feedback.Where(f => !(f.Type == AcceptedType && f.Destination.EndsWith("12AB.feedback", StringComparison.Ordinal)))
            .Select(f => f with { MessageId = Guid.Empty, Body = Stable(f.Body) })];

    /// <summary>The body without what differs by database: a rejection's generated id, and the moment of receipt.</summary>
    private static string Stable(string body)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        node.Remove("rejectionId");
        node.Remove("acceptedAt");
        node.Remove("rejectedAt");
        return node.ToJsonString();
    }

    private static async Task ConnectAsync(NpgsqlDataSource dataSource, string brin, bool batchedAcceptance)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO schools (brin, name, region, batched_acceptance) VALUES (@brin, 'Testschool', 'midden', @batchedAcceptance)
            ON CONFLICT (brin) DO UPDATE SET batched_acceptance = excluded.batched_acceptance
            """, new { brin, batchedAcceptance });
    }

    private static async Task<List<Feedback>> FeedbackAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<Feedback>("""
            SELECT message_id AS MessageId, destination AS Destination, message_type AS Type, body::text AS Body
            FROM outbox WHERE destination LIKE 'queue:school.%.feedback' ORDER BY sequence
            """)];
    }

    private static string NewId() => "reg-" + Guid.NewGuid().ToString("N")[..12];

    private sealed record Feedback(Guid MessageId, string Destination, string Type, string Body);
}

using System.Text.Json.Nodes;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Intake;

/// <summary>
/// A school decides only about its own meldingen, on the real PostgreSQL: the intake looks the melding up in its one
/// transaction. Each test inserts its own meldingen (new ids), so the tests share the class's database safely.
/// </summary>
public sealed class MeldingDecisionIntakeTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private const string DecidedType = "IntegrationHub.Application.Messaging.VerzuimmeldingDecided";
    private static readonly SchoolIdentity SchoolA = Samples.School12AB;

    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    [Fact]
    public async Task Should_reject_with_melding_unknown_publish_no_decision_and_answer_a_repeat_alike_when_the_melding_does_not_exist()
    {
        var messageId = Guid.NewGuid();

        var result = await SubmitAsync(Decision(messageId, Guid.NewGuid(), "akkoord"));
        await AssertRejectedAsUnknownAsync(result, messageId);
        var repeat = await SubmitAsync(Decision(messageId, Guid.NewGuid(), "akkoord"));

        Assert.Equal((SubmissionOutcome.Rejected, true, result.RejectionId), (repeat.Outcome, repeat.IsDuplicate, repeat.RejectionId));
        Assert.Equal(RejectionCodes.MeldingUnknown, Assert.Single(repeat.Reasons).Code);
    }

    [Theory]
    [InlineData("34CD", "01")]
    [InlineData("12AB", "02")]
    public async Task Should_reject_with_melding_unknown_and_publish_no_decision_when_the_melding_is_another_locations(string brin, string vestiging)
    {
        var meldingId = await InsertMeldingAsync("pupil-other-" + Guid.NewGuid().ToString("N"), brin, vestiging);
        var messageId = Guid.NewGuid();

        var result = await SubmitAsync(Decision(messageId, meldingId, "intrekken", "Verkeerde leerling."));

        var reason = await AssertRejectedAsUnknownAsync(result, messageId);
        Assert.DoesNotContain(brin, reason.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("akkoord", null)]
    [InlineData("intrekken", "Verkeerde leerling.")]
    [InlineData("handhaven", null)]
    public async Task Should_accept_and_publish_one_decision_for_the_meldings_pupil_when_the_melding_is_the_senders(string decision, string? reason)
    {
        var pupil = "pupil-own-" + Guid.NewGuid().ToString("N");
        var meldingId = await InsertMeldingAsync(pupil, "12AB", "01");
        var messageId = Guid.NewGuid();

        var result = await SubmitAsync(Decision(messageId, meldingId, decision, reason));

        Assert.Equal((SubmissionOutcome.Accepted, false), (result.Outcome, result.IsDuplicate));
        var published = Assert.Single(await DecidedAsync(messageId));
        var body = JsonNode.Parse(published)!;
        Assert.Equal(meldingId.ToString(), body["meldingId"]!.GetValue<string>());
        Assert.Equal(pupil, body["pupil"]!.GetValue<string>());
        Assert.Equal(("12AB", "01"), (body["brin"]!.GetValue<string>(), body["vestiging"]!.GetValue<string>()));
        Assert.Equal(decision, body["decision"]!.GetValue<string>());
        Assert.Equal(reason, body["reason"]?.GetValue<string>());
        Assert.Equal("J. de Vries", body["melderNaam"]!.GetValue<string>());
        var feedback = Assert.Single(await hub.DataSource.FeedbackAsync(messageId));
        Assert.Equal(("queue:school.12AB.feedback", "IntegrationHub.Contracts.V1.SubmissionAccepted"), (feedback.Destination, feedback.MessageType));
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
    }

    private async Task<RejectionReason> AssertRejectedAsUnknownAsync(SubmissionResult result, Guid messageId)
    {
        Assert.Equal((SubmissionOutcome.Rejected, false), (result.Outcome, result.IsDuplicate));
        var reason = Assert.Single(result.Reasons);
        Assert.Equal((RejectionCodes.MeldingUnknown, "meldingId"), (reason.Code, reason.Field));
        Assert.Equal("Deze melding is niet bekend bij deze school.", reason.Message);
        Assert.Empty(await DecidedAsync(messageId));
        var feedback = Assert.Single(await hub.DataSource.FeedbackAsync(messageId));
        Assert.Equal(("queue:school.12AB.feedback", "IntegrationHub.Contracts.V1.SubmissionRejected"), (feedback.Destination, feedback.MessageType));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM submissions WHERE message_id = @messageId AND outcome = 'rejected' AND rejection_id = @RejectionId",
            new { messageId, result.RejectionId }));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM rejected_submissions WHERE rejection_id = @RejectionId AND message_id = @messageId AND sender_brin = '12AB'",
            new { result.RejectionId, messageId }));
        return reason;
    }

    private async Task<IReadOnlyList<string>> DecidedAsync(Guid messageId)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>(
            "SELECT body::text FROM outbox WHERE message_type = @DecidedType AND body->>'messageId' = @Id",
            new { DecidedType, Id = messageId.ToString() });
        return rows.ToArray();
    }

    private async Task<Guid> InsertMeldingAsync(string pupil, string brin, string vestiging)
    {
        var meldingId = Guid.NewGuid();
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, payload,
                                   created_at, updated_at)
            VALUES (@meldingId, 'finding-1', @pupil, @brin, @vestiging, 'test', 'akkoord-gevraagd', DATE '2026-11-02', '{}'::jsonb,
                    now(), now())
            """, new { meldingId, pupil, brin, vestiging });
        return meldingId;
    }

    private Task<SubmissionResult> SubmitAsync(JsonObject body) =>
        Intake.SubmitAsync(Samples.Submission(body, "DecideVerzuimmelding", SchoolA), CancellationToken.None);

    private static JsonObject Decision(Guid messageId, Guid meldingId, string decision, string? reason = null)
    {
        var body = new JsonObject
        {
            ["envelope"] = new JsonObject
            {
                ["messageId"] = messageId.ToString(),
                ["school"] = new JsonObject { ["brin"] = "12AB", ["vestiging"] = "01" },
                ["sourceSystem"] = "Magister",
                ["occurredAt"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"),
                ["schemaVersion"] = "1.0",
            },
            ["meldingId"] = meldingId.ToString(),
            ["decision"] = decision,
            ["melder"] = new JsonObject
            {
                ["naam"] = "J. de Vries",
                ["functie"] = "verzuimcoördinator",
                ["telefoon"] = "0201234567",
                ["email"] = "verzuim@school.nl",
            },
        };
        if (reason is not null)
        {
            body["reason"] = reason;
        }

        return body;
    }
}

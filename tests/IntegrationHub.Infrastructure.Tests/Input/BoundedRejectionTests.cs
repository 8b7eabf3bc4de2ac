using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Input;

/// <summary>
/// Hostile bodies on the real PostgreSQL: the rejection is recorded (a NUL used to make PostgreSQL refuse the insert,
/// so the delivery looped), and what is kept of the body is bounded: its first bytes, its length and its SHA-256.
/// </summary>
public sealed class BoundedRejectionTests(MigratedDatabase hub) : IClassFixture<MigratedDatabase>
{
    private IIntakeService Intake => hub.Services.GetRequiredService<IIntakeService>();

    [Fact]
    public async Task Should_record_the_rejection_and_no_ledger_row_when_a_text_holds_a_nul()
    {
        var messageId = Guid.NewGuid();
        var body = Samples.AttendanceRegistered(messageId);
        body["registrationId"] = "reg\u00001";

        var result = await Intake.SubmitAsync(Samples.Submission(body, "Attendance\u0000Registered"), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM rejected_submissions WHERE rejection_id = @id AND type_hint = 'Attendance?Registered'", new { id = result.RejectionId }));
    }

    [Fact]
    public async Task Should_record_the_rejection_when_a_text_holds_a_nul_and_the_type_is_right()
    {
        var messageId = Guid.NewGuid();
        var body = Samples.AttendanceRegistered(messageId);
        body["registrationId"] = "reg\u00001";

        var result = await Intake.SubmitAsync(Samples.Submission(body), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal(RejectionCodes.FieldControlCharacter, Assert.Single(result.Reasons).Code);
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId }));
        Assert.Single(await hub.DataSource.FeedbackByRejectionAsync(result.RejectionId!.Value));
    }

    [Fact]
    public async Task Should_keep_only_the_first_bytes_with_length_and_hash_when_a_rejected_body_is_large()
    {
        var body = Encoding.UTF8.GetBytes("{\"envelope\":\"" + new string('x', 100_000) + "\"");

        var result = await Intake.SubmitAsync(Samples.Submission(body, "AttendanceRegistered"), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            """
            SELECT count(*) FROM rejected_submissions
            WHERE rejection_id = @id AND length(raw_body) = 4096 AND raw_body = @prefix AND body_length = @length AND body_sha256 = @hash
            """,
            new { id = result.RejectionId, prefix = body[..4096], length = body.Length, hash = SHA256.HashData(body) }));
    }

    [Fact]
    public async Task Should_reject_without_parsing_and_keep_it_bounded_when_the_body_is_over_the_limit()
    {
        var body = Encoding.UTF8.GetBytes("{\"x\":\"" + new string('y', 300 * 1024) + "\"}");

        var result = await Intake.SubmitAsync(Samples.Submission(body, "AttendanceRegistered"), CancellationToken.None);

        Assert.Equal(RejectionCodes.BodyTooLarge, Assert.Single(result.Reasons).Code);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM rejected_submissions WHERE rejection_id = @id AND length(raw_body) = 4096 AND body_length = @length",
            new { id = result.RejectionId, length = body.Length }));
    }
}

using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Intake;

public sealed class IntakeServiceTests
{
    private readonly InMemoryIntakeStore _store = new();
    private readonly FakeLogger<IntakeService> _logger = new();
    private readonly IntakeService _intake;

    public IntakeServiceTests()
    {
        _intake = new IntakeService(new MessageReader(), new SubmissionValidator(Options.Create(new IntakeOptions())),
            new ContractMapper(Samples.Pseudonymiser), _store, new FakeTimeProvider(Samples.Now), Options.Create(new IntakeOptions()), _logger);
    }

    [Fact]
    public async Task Should_hand_the_store_a_mapped_fact_when_the_message_is_valid()
    {
        var result = await _intake.SubmitAsync(Samples.Submission(Samples.Attendance()), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);
        var accepted = Assert.Single(_store.Accepted);
        Assert.Equal((Samples.Attendance().Envelope.MessageId, "AttendanceRegistered", Samples.Now), (accepted.MessageId, accepted.MessageType, accepted.ReceivedAt));
        Assert.IsType<PupilFact>(accepted.Fact);
        Assert.Empty(_store.Rejected);
    }

    [Fact]
    public async Task Should_hand_the_store_the_whole_batch_in_order_and_answer_each_when_a_batch_is_submitted()
    {
        var valid = Samples.Submission(Samples.Attendance());
        var broken = Samples.Submission(Samples.Attendance() with { Minutes = 0 });

        var results = await _intake.SubmitBatchAsync([valid, broken, valid], CancellationToken.None);

        Assert.Equal([SubmissionOutcome.Accepted, SubmissionOutcome.Rejected, SubmissionOutcome.Accepted], results.Select(r => r.Outcome));
        Assert.Equal(2, _store.Accepted.Count);
        Assert.Single(_store.Rejected);
        Assert.Equal(1, _store.Batches);
    }

    [Fact]
    public async Task Should_reject_for_de_duplication_when_the_message_breaks_a_rule()
    {
        var result = await _intake.SubmitAsync(Samples.Submission(Samples.Attendance() with { Minutes = 0 }), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        var rejected = Assert.Single(_store.Rejected);
        Assert.True(rejected.Deduplicate);
        Assert.Equal(("12AB", "01"), (rejected.FeedbackSchool.Brin, rejected.FeedbackSchool.Vestiging));
        Assert.Equal(Samples.Attendance().Envelope.CorrelationId, rejected.CorrelationId);
    }

    [Fact]
    public async Task Should_reject_without_trusting_the_id_when_the_body_is_unreadable()
    {
        var result = await _intake.SubmitAsync(Samples.Submission("{ nope", "AttendanceRegistered"), CancellationToken.None);

        Assert.Equal(SubmissionOutcome.Rejected, result.Outcome);
        var rejected = Assert.Single(_store.Rejected);
        Assert.False(rejected.Deduplicate);
        Assert.Equal(("12AB", "00"), (rejected.FeedbackSchool.Brin, rejected.FeedbackSchool.Vestiging));
        Assert.Equal("message.unparseable", Assert.Single(rejected.Reasons).Code);
    }

    [Fact]
    public async Task Should_warn_with_ids_only_when_the_envelope_brin_is_not_the_senders()
    {
        var forged = Samples.Attendance() with { Envelope = Samples.Envelope() with { School = new SchoolRef { Brin = "34CD", Vestiging = "01" } } };

        await _intake.SubmitAsync(Samples.Submission(forged), CancellationToken.None);

        var rejected = Assert.Single(_store.Rejected);
        Assert.False(rejected.Deduplicate);
        Assert.Equal("12AB", rejected.FeedbackSchool.Brin);
        var warning = Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("34CD", warning.Message, StringComparison.Ordinal);
        Assert.Contains("lvs-12AB", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_log_no_nummer_key_or_body_when_messages_are_taken_in()
    {
        await _intake.SubmitAsync(Samples.Submission(Samples.Attendance()), CancellationToken.None);
        await _intake.SubmitAsync(Samples.Submission(Samples.Attendance() with { Pupil = Samples.Pupil("123456789") }), CancellationToken.None);
        await _intake.SubmitAsync(Samples.Submission("{\"pupil\": \"999990020\"", "AttendanceRegistered"), CancellationToken.None);

        var records = _logger.Collector.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, record =>
        {
            var text = record.Message + string.Join(";", record.StructuredState?.Select(p => p.Value) ?? []);
            Assert.DoesNotContain("999990020", text, StringComparison.Ordinal);
            Assert.DoesNotContain("123456789", text, StringComparison.Ordinal);
            Assert.DoesNotContain("lvs-pupil-4711", text, StringComparison.Ordinal);
        });
        Assert.Contains(records, r => r.Message.Contains("pupil.bsn-elfproef", StringComparison.Ordinal));
    }
}

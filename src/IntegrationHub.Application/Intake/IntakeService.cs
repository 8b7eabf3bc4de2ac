using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Intake;

/// <summary>
/// Read, validate, map, record: the orchestration of inbound messages. The store records one message, or a batch of
/// them, in one transaction.
/// </summary>
public sealed class IntakeService(
    MessageReader reader,
    SubmissionValidator validator,
    ContractMapper mapper,
    IIntakeStore store,
    TimeProvider time,
    IOptions<IntakeOptions> options,
    ILogger<IntakeService> logger) : IIntakeService
{
    private const string UnknownVestiging = "00";

    public async Task<SubmissionResult> SubmitAsync(InboundSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var results = await SubmitBatchAsync([submission], cancellationToken);
        return results[0];
    }

    public async Task<IReadOnlyList<SubmissionResult>> SubmitBatchAsync(IReadOnlyList<InboundSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        if (submissions.Count == 0)
        {
            return [];
        }

        var prepared = submissions.Select(Prepare).ToList();
        var results = await store.RecordAsync(prepared, cancellationToken);
        for (var i = 0; i < submissions.Count; i++)
        {
            Log(submissions[i], results[i]);
        }

        return results;
    }

    /// <summary>Read, validate, map: what the store is to record for one submission.</summary>
    private PreparedSubmission Prepare(InboundSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var receivedAt = time.GetUtcNow();
        if (submission.Body.Length > options.Value.MaxBodyBytes)
        {
            var sender = new SchoolRef { Brin = submission.Sender.Brin, Vestiging = UnknownVestiging };
            return Reject(submission, null, null, sender, null, receivedAt, [Rejections.New(RejectionCodes.BodyTooLarge, null,
                $"The body is {submission.Body.Length} bytes; at most {options.Value.MaxBodyBytes} are read. It was not parsed.")], false);
        }

        var read = reader.Read(submission);
        if (!read.IsSuccess)
        {
            var school = new SchoolRef { Brin = submission.Sender.Brin, Vestiging = VestigingOrDefault(read.Vestiging) };
            return Reject(submission, read.MessageId, read.MessageType, school, null, receivedAt, read.Reasons, false);
        }

        var envelope = InboundContracts.EnvelopeOf(read.Message!)!;
        var reasons = validator.Validate(read.Message!, submission.Sender, receivedAt);
        if (reasons.Count > 0)
        {
            var mismatch = reasons.Any(r => r.Code == RejectionCodes.BrinMismatch);
            if (mismatch)
            {
                IntakeLog.BrinMismatch(logger, envelope.MessageId, envelope.School.Brin, submission.Sender.CredentialId, submission.Sender.Brin);
            }

            var school = new SchoolRef { Brin = submission.Sender.Brin, Vestiging = VestigingOrDefault(envelope.School.Vestiging) };
            return Reject(submission, envelope.MessageId, read.MessageType, school, envelope.CorrelationId, receivedAt, reasons,
                deduplicate: !mismatch && envelope.MessageId != Guid.Empty);
        }

        return new AcceptedSubmission(submission, envelope.MessageId, read.MessageType!, envelope.School,
            envelope.CorrelationId, receivedAt, mapper.Map(read.Message!))
        {
            TraceParent = envelope.TraceParent,
        };
    }

    private static RejectedSubmission Reject(
        InboundSubmission submission, Guid? messageId, string? messageType, SchoolRef school, Guid? correlationId,
        DateTimeOffset receivedAt, IReadOnlyList<RejectionReason> reasons, bool deduplicate) =>
        new(Guid.CreateVersion7(receivedAt), messageId, TransportText.Bound(messageType), submission, school, correlationId, receivedAt, reasons, deduplicate);

    private void Log(InboundSubmission submission, SubmissionResult result)
    {
        IntakeLog.Recorded(logger, result.MessageId, result.MessageType, submission.Sender.Brin, submission.Channel, result.Outcome, result.IsDuplicate);
        if (result.Outcome == SubmissionOutcome.Rejected && logger.IsEnabled(LogLevel.Information))
        {
            IntakeLog.Rejected(logger, result.MessageId, result.MessageType, submission.Sender.Brin, result.RejectionId,
                string.Join(",", result.Reasons.Select(r => r.Code)));
        }
    }

    private static string VestigingOrDefault(string? vestiging) =>
        vestiging is { Length: 2 } && vestiging.All(char.IsAsciiDigit) ? vestiging : UnknownVestiging;
}

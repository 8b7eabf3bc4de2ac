using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Intake;

/// <summary>The intake's log lines: ids and codes only, never a nummer, name, LVS key or body content.</summary>
internal static partial class IntakeLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Submission {MessageId} ({MessageType}) from {Brin} via {Channel}: {Outcome}, duplicate {IsDuplicate}")]
    public static partial void Recorded(ILogger logger, Guid? messageId, string? messageType, string brin, IntakeChannel channel, SubmissionOutcome outcome, bool isDuplicate);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Submission {MessageId} ({MessageType}) from {Brin} rejected as {RejectionId}: {ReasonCodes}")]
    public static partial void Rejected(ILogger logger, Guid? messageId, string? messageType, string brin, Guid? rejectionId, string reasonCodes);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Submission {MessageId} names BRIN {EnvelopeBrin} but credential {CredentialId} is bound to BRIN {SenderBrin}")]
    public static partial void BrinMismatch(ILogger logger, Guid? messageId, string? envelopeBrin, string credentialId, string senderBrin);
}

using System.Security.Cryptography;
using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Records;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>
/// Records submissions, their ledger rows or rejections, and their outbox messages: a batch of them in one transaction,
/// one after the other, each as it would be recorded on its own. The same message sent twice (in one batch or not) is
/// stored once and answered twice (the second answer with IsDuplicate). A message naming a record of the pupil that
/// another school location recorded is rejected instead (<see cref="RecordOwnership"/>), and so is a decision about a
/// melding that is not the sender's location's (<see cref="MeldingOwnership"/>). Writes whose result is not needed
/// travel with the next statement that is (<see cref="IntakeTransaction"/>): an accepted pupil event costs one round
/// trip, its submission insert, which carries the previous submission's writes. A batch's accepted messages are claimed
/// together in the round trip that begins the transaction, and its last writes go with the COMMIT: a batch of new pupil
/// events costs two round trips.
/// </summary>
public sealed class NpgsqlIntakeStore(NpgsqlDataSource dataSource, IOptions<IntakeOptions> options) : IIntakeStore
{
    private readonly int _keepBytes = options.Value.RejectedBodyKeepBytes;

    public async Task<IReadOnlyList<SubmissionResult>> RecordAsync(IReadOnlyList<PreparedSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var db = new IntakeTransaction(connection, transaction, cancellationToken);
        var claim = ClaimedTogether(submissions);
        var inserted = await db.BeginAsync(
            submissions.Count(s => s is AcceptedSubmission { Fact: PupilFact }),
            AnsweredAsAccepted(submissions),
            [.. submissions.OfType<AcceptedSubmission>().Select(a => SchoolRecord.Of(a.Fact)).OfType<SchoolRecord>().Where(r => r.IsChange)],
            claim.Count == 0 ? null : (IntakeSql.InsertAcceptedSubmissions, ClaimParameters(claim)));
        (HashSet<Guid> Ids, HashSet<Guid> Inserted) claimed = ([.. claim.Select(a => a.MessageId)], [.. inserted]);
        var results = new List<SubmissionResult>(submissions.Count);
        foreach (var submission in submissions)
        {
            results.Add(submission switch
            {
                AcceptedSubmission accepted when claimed.Ids.Contains(accepted.MessageId) => claimed.Inserted.Contains(accepted.MessageId)
                    ? await AcceptAsync(db, accepted)
                    : await AnswerRepeatAsync(db, accepted.MessageId, accepted.MessageType, accepted.Submission, accepted.ReceivedAt),
                AcceptedSubmission accepted => await RecordAcceptedAsync(db, accepted),
                RejectedSubmission rejected => await RecordRejectedAsync(db, rejected),
                _ => throw new ArgumentException($"Unknown submission {submission.GetType().Name}.", nameof(submissions)),
            });
        }

        await db.CommitAsync();
        return results;
    }

    /// <summary>The senders that may get an accepted answer: of an accepted message, or of a repeat of one.</summary>
    private static HashSet<string> AnsweredAsAccepted(IReadOnlyList<PreparedSubmission> submissions) =>
        submissions
            .Select(s => s switch
            {
                AcceptedSubmission a => a.Submission.Sender.Brin,
                RejectedSubmission { Deduplicate: true } r => r.Submission.Sender.Brin,
                _ => null,
            })
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The accepted messages whose submission rows are inserted together, in the round trip that begins the transaction,
    /// instead of one each; none when fewer than two qualify. Only messages whose id occurs once in the batch: a repeat inside
    /// the batch keeps the one-by-one order (the first is stored, the later ones answered as repeats), so the outcome is
    /// the same as recording them one after the other.
    /// </summary>
    private static List<AcceptedSubmission> ClaimedTogether(IReadOnlyList<PreparedSubmission> submissions)
    {
        var idCounts = submissions
            .Select(s => s switch
            {
                AcceptedSubmission a => a.MessageId,
                RejectedSubmission { Deduplicate: true, MessageId: { } id } => id,
                _ => (Guid?)null,
            })
            .OfType<Guid>()
            .CountBy(id => id)
            .ToDictionary(c => c.Key, c => c.Value);
        var together = submissions.OfType<AcceptedSubmission>().Where(a => idCounts[a.MessageId] == 1).ToList();
        return together.Count < 2 ? [] : together;
    }

    private static object ClaimParameters(List<AcceptedSubmission> accepted) => new
    {
        MessageIds = accepted.Select(a => a.MessageId).ToArray(),
        Brins = accepted.Select(a => a.Submission.Sender.Brin).ToArray(),
        Vestigingen = accepted.Select(a => a.School.Vestiging).ToArray(),
        MessageTypes = accepted.Select(a => a.MessageType).ToArray(),
        CorrelationIds = accepted.Select(a => a.CorrelationId).ToArray(),
        ReceivedAts = accepted.Select(a => a.ReceivedAt).ToArray(),
    };

    private async Task<SubmissionResult> RecordAcceptedAsync(IntakeTransaction db, AcceptedSubmission submission)
    {
        var inserted = await db.ExecuteAsync(IntakeSql.InsertSubmission, new
        {
            submission.MessageId,
            Brin = submission.Submission.Sender.Brin,
            submission.School.Vestiging,
            submission.MessageType,
            Outcome = "accepted",
            Reasons = "[]",
            RejectionId = (Guid?)null,
            submission.CorrelationId,
            submission.ReceivedAt,
        });
        return inserted == 0
            ? await AnswerRepeatAsync(db, submission.MessageId, submission.MessageType, submission.Submission, submission.ReceivedAt)
            : await AcceptAsync(db, submission);
    }

    private async Task<SubmissionResult> RecordRejectedAsync(IntakeTransaction db, RejectedSubmission submission)
    {
        if (submission.Deduplicate && submission.MessageId is { } messageId)
        {
            var inserted = await db.ExecuteAsync(IntakeSql.InsertSubmission, new
            {
                MessageId = messageId,
                Brin = submission.Submission.Sender.Brin,
                submission.FeedbackSchool.Vestiging,
                MessageType = submission.MessageType ?? string.Empty,
                Outcome = "rejected",
                Reasons = JsonSerializer.Serialize(submission.Reasons, HubJson.Options),
                RejectionId = (Guid?)submission.RejectionId,
                submission.CorrelationId,
                submission.ReceivedAt,
            });
            if (inserted == 0)
            {
                return await AnswerRepeatAsync(db, messageId, submission.MessageType, submission.Submission, submission.ReceivedAt);
            }
        }

        return Reject(db, submission);
    }

    private async Task<SubmissionResult> AcceptAsync(IntakeTransaction db, AcceptedSubmission submission)
    {
        if (ClaimRecord(db, submission) is { } otherSchools)
        {
            return RejectInstead(db, otherSchools);
        }

        if (submission.Fact is IMeldingFact about)
        {
            var melding = await db.SingleOrDefaultAsync<MeldingOwnerRow>(IntakeSql.MeldingOwner, new { about.MeldingId });
            var owner = melding is null ? null : new SchoolLocation(melding.Brin, melding.Vestiging);
            if (MeldingOwnership.Check(submission, about, owner) is { } unknown)
            {
                return RejectInstead(db, unknown);
            }

            if (about is MeldingDecisionFact decision)
            {
                FactWriter.WriteDecision(db, decision, melding!.Pupil, submission.TraceParent);
            }
            else
            {
                FactWriter.Write(db, submission);
            }
        }
        else
        {
            FactWriter.Write(db, submission);
        }

        Feedback.Accepted(db, submission.Submission.Sender.Brin, new SubmissionAccepted
        {
            MessageId = submission.MessageId,
            School = submission.School,
            MessageType = submission.MessageType,
            AcceptedAt = submission.ReceivedAt,
            IsDuplicate = false,
            CorrelationId = submission.CorrelationId,
        });
        return new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Accepted, false, [], null);
    }

    /// <summary>
    /// Applies <see cref="RecordOwnership"/> to the record the fact names (if any): null to go on, with the id recorded
    /// for the sender's location, or the rejection when the message changes a record only another location holds.
    /// </summary>
    private static RejectedSubmission? ClaimRecord(IntakeTransaction db, AcceptedSubmission submission)
    {
        if (SchoolRecord.Of(submission.Fact) is not { } record)
        {
            return null;
        }

        var holders = record.IsChange ? [.. db.HoldersOf(record).OrderBy(h => h.Brin, StringComparer.Ordinal).ThenBy(h => h.Vestiging, StringComparer.Ordinal)] : Array.Empty<SchoolLocation>();
        var owner = RecordOwnership.OwnerOf(record, holders);
        if (RecordOwnership.Check(submission, record, owner) is { } otherSchools)
        {
            return otherSchools;
        }

        db.ClaimRecord(record, submission.ReceivedAt);
        return null;
    }

    /// <summary>The submission row already says accepted: mark it rejected and record the rejection in its place.</summary>
    private SubmissionResult RejectInstead(IntakeTransaction db, RejectedSubmission rejection)
    {
        db.Enqueue(IntakeSql.MarkRejected, new
        {
            rejection.MessageId,
            Reasons = JsonSerializer.Serialize(rejection.Reasons, HubJson.Options),
            rejection.RejectionId,
        });
        return Reject(db, rejection);
    }

    private SubmissionResult Reject(IntakeTransaction db, RejectedSubmission submission)
    {
        var raw = submission.Submission;
        db.Enqueue(IntakeSql.InsertRejected, new
        {
            submission.RejectionId,
            submission.MessageId,
            MessageType = TransportText.Bound(submission.MessageType),
            SenderBrin = raw.Sender.Brin,
            raw.Sender.CredentialId,
            Channel = raw.Channel switch { IntakeChannel.Amqp => "amqp", IntakeChannel.Console => "console", _ => "http" },
            ContentType = TransportText.Bound(raw.ContentType),
            TypeHint = TransportText.Bound(raw.MessageTypeHint),
            RawBody = raw.Body[..Math.Min(raw.Body.Length, _keepBytes)].ToArray(),
            BodyLength = raw.Body.Length,
            BodySha256 = SHA256.HashData(raw.Body.Span),
            Reasons = JsonSerializer.Serialize(submission.Reasons, HubJson.Options),
            submission.ReceivedAt,
        });
        Feedback.Rejected(db, raw.Sender.Brin, new SubmissionRejected
        {
            RejectionId = submission.RejectionId,
            MessageId = submission.MessageId,
            School = submission.FeedbackSchool,
            MessageType = TransportText.Bound(submission.MessageType),
            RejectedAt = submission.ReceivedAt,
            Reasons = submission.Reasons,
            IsDuplicate = false,
            CorrelationId = submission.CorrelationId,
        });
        return new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Rejected, false,
            submission.Reasons, submission.RejectionId);
    }

    /// <summary>
    /// A message id seen before. The sender's own: count it and answer again with the original outcome. Another
    /// school's: reject it (the id is taken) without revealing anything about the other school's message.
    /// </summary>
    private async Task<SubmissionResult> AnswerRepeatAsync(
        IntakeTransaction db, Guid messageId, string? messageType, InboundSubmission raw, DateTimeOffset receivedAt)
    {
        var original = await db.SingleOrDefaultAsync<SubmissionRow>(IntakeSql.CountRepeat,
            new { MessageId = messageId, Brin = raw.Sender.Brin, ReceivedAt = receivedAt });
        if (original is null)
        {
            var taken = new RejectionReason
            {
                Code = RejectionCodes.MessageIdTaken,
                Field = "envelope.messageId",
                Message = "This message id is already in use; send the message with a new id.",
            };
            var school = new SchoolRef { Brin = raw.Sender.Brin, Vestiging = "00" };
            return Reject(db, new RejectedSubmission(Guid.CreateVersion7(receivedAt), messageId, messageType, raw, school,
                null, receivedAt, [taken], Deduplicate: false));
        }

        return Feedback.Repeat(db, original);
    }
}

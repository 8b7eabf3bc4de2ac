using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// Takes one partner message: who sent it (the broker-validated user, never the body), what it is, whether it is the
/// sender's to answer; then stores it, and queues what follows (a status for DUO, advice for the school), in one transaction with the inbox mark. A refused
/// message is kept with its reasons. When this returns, the outcome is durable; when it throws, nothing was recorded.
/// </summary>
public sealed class PartnerAnswerIntake(
    IPartnerAnswerStore store, GemeenteStatusForwarder statuses, IConsentRegistry consents, TimeProvider time, ILogger<PartnerAnswerIntake> logger)
{
    /// <summary>The inbox consumer per organisation: one partner's MessageId can never make another's a repeat.</summary>
    public static string Consumer(string organisationId) => $"partner-intake:{organisationId}";

    public async Task<PartnerAnswerOutcome> HandleAsync(PartnerAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var now = time.GetUtcNow();
        var organisationId = PartnerSender.Identify(answer.UserId, answer.Exchange);
        var read = PartnerMessageReader.Read(answer.Body, answer.MessageTypeHint, answer.ContentType);
        if (organisationId is null)
        {
            return await RejectAsync(answer, null, read.MessageId, read.MessageType, [PartnerRejections.SenderUnknown()], now, cancellationToken);
        }

        var reasons = read.IsSuccess ? PartnerAnswerValidator.Validate(read.Message!, now) : read.Reasons;
        if (reasons.Count > 0)
        {
            return await RejectAsync(answer, organisationId, read.MessageId, read.MessageType, reasons, now, cancellationToken);
        }

        return read.Message switch
        {
            PartnerStatusSet status => await HandleStatusAsync(answer, organisationId, status, now, cancellationToken),
            JgzAdviceGiven advice => await HandleAdviceAsync(answer, organisationId, advice, now, cancellationToken),
            _ => throw new InvalidOperationException($"The reader returned {read.MessageType}, which the partner intake does not handle."),
        };
    }

    /// <summary>
    /// A status or advice from a user the hub itself authenticated for <paramref name="organisationId"/> (the web console),
    /// not from the broker: the same validation, the same store, DUO forwarding and school feedback as
    /// <see cref="HandleAsync"/>, under the same inbox consumer. The broker path's sender check is untouched: this entry
    /// point takes no broker message and is not reachable from the gateway. A refusal is kept like the gateway's, with
    /// <paramref name="channel"/> (e.g. "console") in place of the exchange.
    /// </summary>
    public async Task<PartnerAnswerOutcome> HandleAuthenticatedAsync(string organisationId, object message, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        if (!PartnerSender.IsOrganisationId(organisationId))
        {
            throw new ArgumentException("Not an organisation id the directory accepts.", nameof(organisationId));
        }

        var now = time.GetUtcNow();
        var answer = new PartnerAnswer(
            System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), Intake.Reading.InboundJson.Options),
            message.GetType().Name, "application/json", null, channel);
        var reasons = PartnerAnswerValidator.Validate(message, now);
        if (reasons.Count > 0)
        {
            return await RejectAsync(answer, organisationId, PartnerContracts.MessageIdOf(message), message.GetType().Name, reasons, now, cancellationToken);
        }

        return message switch
        {
            PartnerStatusSet status => await HandleStatusAsync(answer, organisationId, status, now, cancellationToken),
            JgzAdviceGiven advice => await HandleAdviceAsync(answer, organisationId, advice, now, cancellationToken),
            _ => throw new ArgumentException($"{message.GetType().Name} is not a partner contract.", nameof(message)),
        };
    }

    /// <summary>Keeps a message that failed again and again while the database answered, so it stops coming back.</summary>
    public Task<PartnerAnswerOutcome> RecordPoisonAsync(PartnerAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var read = PartnerMessageReader.Read(answer.Body, answer.MessageTypeHint, answer.ContentType);
        return RejectAsync(answer, PartnerSender.Identify(answer.UserId, answer.Exchange), read.MessageId, read.MessageType,
            [PartnerRejections.ProcessingFailed()], time.GetUtcNow(), cancellationToken);
    }

    /// <summary>A status goes to DUO (<see cref="GemeenteStatusForwarder"/>); the school hears it when DUO's poll returns it.</summary>
    private async Task<PartnerAnswerOutcome> HandleStatusAsync(
        PartnerAnswer answer, string organisationId, PartnerStatusSet status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var forwarded = await statuses.ForwardAsync(Consumer(organisationId), organisationId, status, now, cancellationToken);
        return forwarded.Result == PartnerAnswerResult.Rejected
            ? await RejectAsync(answer, organisationId, status.MessageId, nameof(PartnerStatusSet), forwarded.Reasons, now, cancellationToken)
            : Done(organisationId, nameof(PartnerStatusSet), status.MessageId, forwarded.Result);
    }

    private async Task<PartnerAnswerOutcome> HandleAdviceAsync(
        PartnerAnswer answer, string organisationId, JgzAdviceGiven advice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AdviceDecision decision;
        await using (var transaction = await store.BeginAsync(Consumer(organisationId), advice.MessageId, cancellationToken))
        {
            if (transaction.IsRepeat)
            {
                return Done(organisationId, nameof(JgzAdviceGiven), advice.MessageId, PartnerAnswerResult.Repeat);
            }

            var referral = await transaction.FindSentReferralAsync(advice.ReferralId, organisationId, cancellationToken);
            IReadOnlyList<ConsentRecord> valid = [];
            DateOnly? birthDate = null;
            if (referral is not null)
            {
                var on = DateOnly.FromDateTime(now.UtcDateTime);
                valid = await consents.FindValidAsync(referral.Pupil, referral.Brin, referral.Vestiging, PartnerAnswers.AdviceConsentScope, on, cancellationToken);
                birthDate = await transaction.FindBirthDateAsync(referral.Pupil, referral.Brin, referral.Vestiging, on, cancellationToken);
            }

            decision = PartnerAnswers.DecideAdvice(organisationId, advice, referral, valid, birthDate, Guid.CreateVersion7(), TraceSpan.ChildOf(advice.TraceParent), now);
            if (decision.Rejection is null)
            {
                transaction.RecordAdvice(decision.Record!);
                if (decision.Feedback is { } feedback)
                {
                    transaction.SendToSchool(feedback);
                }

                await transaction.CommitAsync(cancellationToken);
                if (decision.Record!.WithheldReason is { } reason)
                {
                    PartnerAnswerLog.Withheld(logger, organisationId, nameof(JgzAdviceGiven), advice.MessageId, reason);
                    return new PartnerAnswerOutcome(PartnerAnswerResult.Withheld, organisationId, advice.MessageId, [reason]);
                }

                return Done(organisationId, nameof(JgzAdviceGiven), advice.MessageId, PartnerAnswerResult.PassedOn);
            }
        }

        return await RejectAsync(answer, organisationId, advice.MessageId, nameof(JgzAdviceGiven), [decision.Rejection], now, cancellationToken);
    }

    private async Task<PartnerAnswerOutcome> RejectAsync(
        PartnerAnswer answer, string? organisationId, Guid? messageId, string? messageType, IReadOnlyList<RejectionReason> reasons,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.RecordRejectionAsync(PartnerRejection.Of(answer, organisationId, messageId, messageType, reasons, now), cancellationToken);
        var codes = reasons.Select(r => r.Code).ToArray();
        PartnerAnswerLog.Rejected(logger, organisationId, messageType, messageId, string.Join(", ", codes));
        return new PartnerAnswerOutcome(PartnerAnswerResult.Rejected, organisationId, messageId, codes);
    }

    private PartnerAnswerOutcome Done(string organisationId, string messageType, Guid messageId, PartnerAnswerResult result)
    {
        PartnerAnswerLog.Handled(logger, organisationId, messageType, messageId, result);
        return new PartnerAnswerOutcome(result, organisationId, messageId, []);
    }
}

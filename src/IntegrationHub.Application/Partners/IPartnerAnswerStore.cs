namespace IntegrationHub.Application.Partners;

/// <summary>The partner answers' storage: one transaction per accepted message, and the rejections.</summary>
public interface IPartnerAnswerStore
{
    /// <summary>
    /// Opens the transaction for <paramref name="messageId"/> as seen by <paramref name="consumer"/>, with its inbox mark
    /// (a message already processed is a repeat).
    /// </summary>
    Task<IPartnerAnswerTransaction> BeginAsync(string consumer, Guid messageId, CancellationToken cancellationToken);

    /// <summary>Keeps a refused message (in its own transaction).</summary>
    Task RecordRejectionAsync(PartnerRejection rejection, CancellationToken cancellationToken);
}

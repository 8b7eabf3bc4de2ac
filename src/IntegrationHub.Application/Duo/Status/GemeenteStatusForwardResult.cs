using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// What became of a gemeente's status: <see cref="PartnerAnswerResult.Accepted"/> (stored and queued for DUO),
/// <see cref="PartnerAnswerResult.Repeat"/>, or <see cref="PartnerAnswerResult.Rejected"/> with the reasons (nothing stored).
/// </summary>
public sealed record GemeenteStatusForwardResult(PartnerAnswerResult Result, IReadOnlyList<RejectionReason> Reasons);

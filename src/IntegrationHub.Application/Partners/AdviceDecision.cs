using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// What to do with JGZ advice: store it and pass it to the school on consent (<see cref="Feedback"/> carries the
/// disclosure entry), store it only (<see cref="AdviceRecord.WithheldReason"/>), or refuse it.
/// </summary>
public sealed record AdviceDecision(AdviceRecord? Record, SchoolFeedback? Feedback, RejectionReason? Rejection);

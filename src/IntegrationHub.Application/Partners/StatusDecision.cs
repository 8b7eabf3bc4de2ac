using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>What to do with a partner's status: store it and tell the school, or refuse it.</summary>
public sealed record StatusDecision(StatusRecord? Record, SchoolFeedback? Feedback, RejectionReason? Rejection);

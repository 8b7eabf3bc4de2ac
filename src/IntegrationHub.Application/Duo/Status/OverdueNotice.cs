namespace IntegrationHub.Application.Duo.Status;

/// <summary>An overdue melding, once: what the school hears (<c>PartnerStatusOverdue</c>) and what the operator sees.</summary>
public sealed record OverdueNotice(OverdueCandidate Melding, StatusFeedback Feedback, DateTimeOffset OverdueSince);

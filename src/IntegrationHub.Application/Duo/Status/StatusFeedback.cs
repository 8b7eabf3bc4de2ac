namespace IntegrationHub.Application.Duo.Status;

/// <summary>A message for the school's feedback queue (<c>Topology.FeedbackAddress(Brin)</c>), with its outbox message id.</summary>
public sealed record StatusFeedback(string Brin, Guid MessageId, object Message, Type MessageType);

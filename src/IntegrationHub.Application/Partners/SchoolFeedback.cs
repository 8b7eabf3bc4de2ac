using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// A message for a school's feedback queue, with its outbox message id and trace context (a child of the partner's);
/// <see cref="Disclosure"/> is the log entry written with it when it discloses pupil data on a basis (JGZ advice).
/// </summary>
public sealed record SchoolFeedback(string Brin, Guid MessageId, object Message, Type MessageType, string TraceParent, DisclosureEntry? Disclosure);

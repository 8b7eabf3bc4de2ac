using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Application.Routing;

/// <summary>
/// One message for a partner's queue with its disclosure log entry: written together, in the routing transaction, and
/// the message carries <see cref="Trace"/>'s traceparent.
/// </summary>
public sealed record PartnerDelivery(PartnerOrganisation Organisation, object Message, Type MessageType, Guid MessageId, TraceSpan Trace, DisclosureEntry Disclosure);

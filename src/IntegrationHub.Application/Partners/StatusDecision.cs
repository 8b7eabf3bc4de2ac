using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// What to do with a gemeente's status: store it and forward it to DUO (<see cref="Forward"/>), or refuse it. The school
/// hears the status once DUO's register returns it.
/// </summary>
public sealed record StatusDecision(StatusRecord? Record, GemeenteStatusRequest? Forward, RejectionReason? Rejection);

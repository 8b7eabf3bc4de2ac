using IntegrationHub.Infrastructure.Duo.Wire;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// One call the stand-in received: the operation and WS-Addressing MessageID (when readable), what it did, and the
/// thumbprint of the client certificate it saw (HTTPS with a client certificate only).
/// </summary>
public sealed record DuoStandInCall(DuoOperation? Operation, string? MessageId, DuoStandInOutcome Outcome, string? ClientCertificateThumbprint);

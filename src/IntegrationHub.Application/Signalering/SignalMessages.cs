using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// What one evaluation sends: internal messages for the routing layer (published) and feedback to each
/// school (sent to its own feedback queue).
/// </summary>
public sealed record SignalMessages(
    IReadOnlyList<SignalRaised> Raised,
    IReadOnlyList<SignalWithdrawn> Withdrawn,
    IReadOnlyList<VerzuimSignalRaised> SchoolRaised,
    IReadOnlyList<VerzuimSignalWithdrawn> SchoolWithdrawn)
{
    public bool IsEmpty => Raised.Count == 0 && Withdrawn.Count == 0;
}

using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Persistence;

/// <summary>
/// A valid, mapped message for the store. <see cref="School"/> is the (checked) envelope school;
/// <see cref="Submission"/> is kept in case the message id turns out to belong to another school.
/// </summary>
public sealed record AcceptedSubmission(
    InboundSubmission Submission,
    Guid MessageId,
    string MessageType,
    SchoolRef School,
    Guid? CorrelationId,
    DateTimeOffset ReceivedAt,
    IntakeFact Fact) : PreparedSubmission
{
    /// <summary>The envelope's W3C traceparent, if the school sent one.</summary>
    public string? TraceParent { get; init; }
}

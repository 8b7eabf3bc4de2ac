namespace IntegrationHub.Application.Intake;

/// <summary>
/// One message as it reached a gateway, before parsing.
/// </summary>
/// <param name="Body">The bytes as received: a plain JSON contract body or a MassTransit envelope.</param>
/// <param name="MessageTypeHint">The type the sender named (AMQP <c>type</c> property, HTTP batch item
/// <c>messageType</c>): a short name like "AttendanceRegistered" or a urn
/// "urn:message:IntegrationHub.Contracts.V1:AttendanceRegistered". Null when not given.</param>
/// <param name="ContentType">The transport content type, e.g. application/json or application/vnd.masstransit+json.</param>
/// <param name="Sender">The school the transport authenticated. Never taken from the body.</param>
/// <param name="Channel">Which gateway received it.</param>
public sealed record InboundSubmission(
    ReadOnlyMemory<byte> Body,
    string? MessageTypeHint,
    string? ContentType,
    SchoolIdentity Sender,
    IntakeChannel Channel);

namespace IntegrationHub.Application.Partners;

/// <summary>
/// One message as it reached the partner gateway, before parsing.
/// </summary>
/// <param name="Body">The bytes as received: a plain JSON contract body or a MassTransit envelope.</param>
/// <param name="MessageTypeHint">The AMQP <c>type</c> property: "PartnerStatusSet" or its urn; null when not given.</param>
/// <param name="ContentType">The AMQP content type, e.g. application/json or application/vnd.masstransit+json.</param>
/// <param name="UserId">The AMQP <c>user_id</c>, which the broker checks against the connection's user; null when not set.</param>
/// <param name="Exchange">The exchange the message came through, e.g. "partner.rbl-eem-en-vallei.in".</param>
public sealed record PartnerAnswer(
    ReadOnlyMemory<byte> Body,
    string? MessageTypeHint,
    string? ContentType,
    string? UserId,
    string Exchange);

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>
/// What a provisioned school's LVS needs to connect. Secrets are only filled in when they were set by this call:
/// the hub does not keep them, so show them once and hand them over.
/// </summary>
/// <param name="Brin">The school.</param>
/// <param name="AmqpUsername">The RabbitMQ user (lvs-BRIN).</param>
/// <param name="AmqpPassword">The RabbitMQ password when this call set it; null when an existing one was kept.</param>
/// <param name="InboundExchange">Where the LVS publishes (school.BRIN.in).</param>
/// <param name="FeedbackQueue">Where the LVS reads the hub's answers (school.BRIN.feedback).</param>
/// <param name="HttpCredentialId">The id of the school's active HTTP API key (not a secret).</param>
/// <param name="HttpApiKey">The HTTP API key when this call issued it; null when an active key already existed.</param>
public sealed record SchoolCredentials(
    string Brin,
    string AmqpUsername,
    string? AmqpPassword,
    string InboundExchange,
    string FeedbackQueue,
    string HttpCredentialId,
    string? HttpApiKey);

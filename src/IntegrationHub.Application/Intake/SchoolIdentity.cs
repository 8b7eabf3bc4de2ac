namespace IntegrationHub.Application.Intake;

/// <summary>
/// Who sent a message, as the transport proved it: the BRIN the credential (RabbitMQ user and its
/// per-school exchange, or the HTTP credential) is bound to. <see cref="CredentialId"/> names the
/// credential for the audit trail; it is never a secret.
/// </summary>
public sealed record SchoolIdentity(string Brin, string CredentialId);

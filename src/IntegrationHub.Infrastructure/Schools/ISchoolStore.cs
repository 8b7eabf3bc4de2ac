using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>The school registry and its credentials (tables schools and school_credentials).</summary>
public interface ISchoolStore
{
    Task UpsertSchoolAsync(string brin, string name, SchoolRegion region, Melder melder, SchoolOptions options, CancellationToken cancellationToken);

    /// <summary>Records the school's RabbitMQ user as its AMQP credential (active again if it was revoked).</summary>
    Task UpsertAmqpCredentialAsync(string brin, string credentialId, CancellationToken cancellationToken);

    Task<string?> FindActiveHttpCredentialIdAsync(string brin, CancellationToken cancellationToken);

    Task AddHttpCredentialAsync(string brin, string credentialId, string secretSha256, CancellationToken cancellationToken);

    /// <summary>The active HTTP credential whose secret has this SHA-256, or null (unknown or revoked).</summary>
    Task<SchoolCredential?> FindActiveHttpCredentialAsync(string secretSha256, CancellationToken cancellationToken);

    Task RevokeAsync(string credentialId, CancellationToken cancellationToken);
}

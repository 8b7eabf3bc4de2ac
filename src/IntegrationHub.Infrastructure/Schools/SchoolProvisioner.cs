using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Gateways;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>
/// Connects a school to the hub: registry row, RabbitMQ user with its permissions, its inbound exchange and
/// feedback queue, and an HTTP API key. Idempotent: a second run repairs what is missing and changes nothing
/// else (an existing password or active API key is kept and not returned again).
/// </summary>
public sealed partial class SchoolProvisioner(
    ISchoolStore store,
    RabbitMqManagementClient management,
    RabbitMqConnector connector,
    ILogger<SchoolProvisioner> logger)
{
    public async Task<SchoolCredentials> ProvisionAsync(SchoolRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var brin = registration.Brin;
        if (!Brin.IsValid(brin))
        {
            throw new ArgumentException($"'{brin}' is not a BRIN code (two digits and two capitals or digits, e.g. 12AB).", nameof(registration));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(registration.Name, nameof(registration));

        var melder = registration.Melder
            ?? throw new ArgumentException("A school cannot be connected without its melder settings (melder naam, functie, telefoon, e-mail, door school ondernomen actie, actie gemeente gewenst).", nameof(registration));
        if (melder.MissingFields() is { Count: > 0 } missing)
        {
            throw new ArgumentException($"A school cannot be connected without its melder settings; missing: {string.Join(", ", missing)}.", nameof(registration));
        }

        await store.UpsertSchoolAsync(brin, registration.Name, registration.Region, melder, new SchoolOptions(registration.RequiresApproval, registration.BatchedAcceptance), cancellationToken);

        var user = Topology.SchoolUser(brin);
        var password = registration.AmqpPassword;
        if (password is null && !await management.UserExistsAsync(user, cancellationToken))
        {
            password = ApiKey.NewPassword();
        }

        if (password is not null)
        {
            await management.PutUserAsync(user, password, cancellationToken);
        }

        await management.PutPermissionsAsync(user, SchoolPermissions.Configure, SchoolPermissions.Write(brin), SchoolPermissions.Read(brin), cancellationToken);
        await store.UpsertAmqpCredentialAsync(brin, user, cancellationToken);

        await using (var connection = await connector.ConnectAsync("integrationhub-provisioning", cancellationToken))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await SchoolTopology.DeclareAsync(channel, brin, cancellationToken);
        }

        var (credentialId, apiKey) = await EnsureHttpKeyAsync(brin, cancellationToken);
        LogProvisioned(brin, user, credentialId);
        return new SchoolCredentials(brin, user, password, Topology.InboundExchange(brin), Topology.FeedbackQueue(brin), credentialId, apiKey);
    }

    /// <summary>Issues an additional HTTP API key for the school (e.g. to rotate: issue, switch the LVS, revoke the old).</summary>
    public async Task<(string CredentialId, string ApiKey)> IssueHttpKeyAsync(string brin, CancellationToken cancellationToken)
    {
        var apiKey = ApiKey.New();
        var credentialId = $"http-{brin}-{Guid.NewGuid().ToString("N")[..12]}";
        await store.AddHttpCredentialAsync(brin, credentialId, ApiKey.Sha256Hex(apiKey), cancellationToken);
        return (credentialId, apiKey);
    }

    /// <summary>Revokes an HTTP credential: its key is refused from now on.</summary>
    public Task RevokeHttpKeyAsync(string credentialId, CancellationToken cancellationToken) =>
        store.RevokeAsync(credentialId, cancellationToken);

    /// <summary>
    /// Gives the school's RabbitMQ user a new password (rotation): the old one no longer opens a connection; open
    /// connections stay until they reconnect. The new password is returned once and kept nowhere by the hub.
    /// </summary>
    public async Task<(string User, string Password)> RotateAmqpPasswordAsync(string brin, CancellationToken cancellationToken)
    {
        var user = Topology.SchoolUser(brin);
        var password = ApiKey.NewPassword();
        await management.PutUserAsync(user, password, cancellationToken);
        await store.UpsertAmqpCredentialAsync(brin, user, cancellationToken);
        LogAmqpRotated(brin, user);
        return (user, password);
    }

    /// <summary>
    /// Cuts the school's LVS off AMQP: its permissions on the hub's vhost are removed, its open connections are
    /// closed and its credential is marked revoked. Provisioning the school again gives access back.
    /// </summary>
    public async Task RevokeAmqpAsync(string brin, CancellationToken cancellationToken)
    {
        var user = Topology.SchoolUser(brin);
        await management.DeletePermissionsAsync(user, cancellationToken);
        await management.CloseConnectionsAsync(user, cancellationToken);
        await store.RevokeAsync(user, cancellationToken);
        LogAmqpRevoked(brin, user);
    }

    private async Task<(string CredentialId, string? ApiKey)> EnsureHttpKeyAsync(string brin, CancellationToken cancellationToken)
    {
        var existing = await store.FindActiveHttpCredentialIdAsync(brin, cancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }

        var (credentialId, apiKey) = await IssueHttpKeyAsync(brin, cancellationToken);
        return (credentialId, apiKey);
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Information, Message = "Provisioned school {Brin}: RabbitMQ user {User}, HTTP credential {CredentialId}")]
    private partial void LogProvisioned(string brin, string user, string credentialId);

    [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Revoked AMQP access of school {Brin} (RabbitMQ user {User})")]
    private partial void LogAmqpRevoked(string brin, string user);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Information, Message = "Rotated the AMQP password of school {Brin} (RabbitMQ user {User})")]
    private partial void LogAmqpRotated(string brin, string user);
}

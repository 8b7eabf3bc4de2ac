using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>
/// Connects a partner organisation (leerplicht organisation, RMC region, JGZ) to the hub: its directory row, its
/// RabbitMQ user with its permissions, its queue and its inbound exchange. Idempotent like the school provisioning: a
/// second run repairs what is missing and changes nothing else (an existing password is kept and not returned again).
/// </summary>
public sealed partial class PartnerProvisioner(
    NpgsqlDirectoryStore store,
    RabbitMqManagementClient management,
    RabbitMqConnector connector,
    ILogger<PartnerProvisioner> logger)
{
    /// <exception cref="DirectoryDataException">The id does not fit the kind, or it exists with another kind.</exception>
    public async Task<PartnerCredentials> ProvisionAsync(PartnerRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (OrganisationId.Problem(registration.Kind, registration.OrganisationId) is { } problem)
        {
            throw new DirectoryDataException(problem + ".");
        }

        if (string.IsNullOrWhiteSpace(registration.Name) || string.IsNullOrWhiteSpace(registration.Provenance))
        {
            throw new DirectoryDataException($"Organisation '{registration.OrganisationId}' needs a name and a provenance.");
        }

        var id = registration.OrganisationId;
        await store.AddOrganisationAsync(new DirectoryOrganisation(id, registration.Kind, registration.Name, registration.Provenance), cancellationToken);

        var user = Topology.PartnerUser(id);
        var password = registration.AmqpPassword;
        if (password is null && !await management.UserExistsAsync(user, cancellationToken))
        {
            password = ApiKey.NewPassword();
        }

        if (password is not null)
        {
            await management.PutUserAsync(user, password, cancellationToken);
        }

        await management.PutPermissionsAsync(user, PartnerPermissions.Configure, PartnerPermissions.Write(id), PartnerPermissions.Read(registration.Kind, id), cancellationToken);

        await using (var connection = await connector.ConnectAsync("integrationhub-provisioning", cancellationToken))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await PartnerTopology.DeclareAsync(channel, registration.Kind, id, cancellationToken);
        }

        var queue = Topology.PartnerQueue(registration.Kind, id);
        LogProvisioned(id, user, queue);
        return new PartnerCredentials(id, registration.Kind, user, password, queue, Topology.PartnerInboundExchange(id));
    }

    [LoggerMessage(EventId = 1410, Level = LogLevel.Information, Message = "Provisioned partner organisation {OrganisationId}: RabbitMQ user {User}, queue {Queue}")]
    private partial void LogProvisioned(string organisationId, string user, string queue);
}

using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>
/// The few calls of RabbitMQ's management HTTP API the provisioning needs (users and permissions). A typed
/// client: base address, the operator account's credentials (RabbitMq:Operator) and the "rabbitmq-management"
/// resilience pipeline are set in AddSchools.
/// </summary>
public sealed class RabbitMqManagementClient(HttpClient http, IOptions<RabbitMqOptions> options)
{
    private string VirtualHost => Uri.EscapeDataString(options.Value.VirtualHost);

    public async Task<bool> UserExistsAsync(string user, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri($"api/users/{Uri.EscapeDataString(user)}", UriKind.Relative), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>Creates the user, or sets its password. No tags: it cannot use the management UI.</summary>
    public async Task PutUserAsync(string user, string password, CancellationToken cancellationToken)
    {
        var body = JsonContent.Create(new { password, tags = string.Empty });
        using var response = await http.PutAsync(new Uri($"api/users/{Uri.EscapeDataString(user)}", UriKind.Relative), body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Sets the user's configure/write/read regular expressions on the hub's vhost.</summary>
    public async Task PutPermissionsAsync(string user, string configure, string write, string read, CancellationToken cancellationToken)
    {
        var body = JsonContent.Create(new { configure, write, read });
        var path = $"api/permissions/{VirtualHost}/{Uri.EscapeDataString(user)}";
        using var response = await http.PutAsync(new Uri(path, UriKind.Relative), body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Takes away the user's permissions on the hub's vhost (the user itself may have others elsewhere).</summary>
    public async Task DeletePermissionsAsync(string user, CancellationToken cancellationToken)
    {
        var path = $"api/permissions/{VirtualHost}/{Uri.EscapeDataString(user)}";
        using var response = await http.DeleteAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// Closes the user's open connections, so that revoked permissions apply at once. Uses the broker's connection
    /// tracking (DELETE api/connections/username/USER), which also sees connections just opened; the per-connection
    /// endpoints work from statistics that lag by seconds. A school user belongs to one school, so closing all its
    /// connections is what is wanted.
    /// </summary>
    public async Task CloseConnectionsAsync(string user, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(new Uri($"api/connections/username/{Uri.EscapeDataString(user)}", UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            response.EnsureSuccessStatusCode();
        }
    }
}

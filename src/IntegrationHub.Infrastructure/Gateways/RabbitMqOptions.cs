using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Gateways;

/// <summary>
/// Where the hub's RabbitMQ is and how the hub signs in. Shared by the MassTransit bus, the AMQP gateway and
/// the school provisioning. Section "RabbitMq"; every key can be set by environment (RabbitMq__Host, ...).
/// </summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "integrationhub";

    [Required]
    public string Username { get; set; } = "hub";

    [Required]
    public string Password { get; set; } = "hub";

    /// <summary>The management HTTP API, used to create school users and set their permissions.</summary>
    [Required]
    public Uri ManagementUri { get; set; } = new("http://localhost:15672/");
}

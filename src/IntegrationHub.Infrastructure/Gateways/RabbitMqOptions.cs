using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Gateways;

/// <summary>
/// Where the hub's RabbitMQ is and how the hub signs in. Shared by the MassTransit bus, the AMQP gateway and
/// the school provisioning. Section "RabbitMq"; every key can be set by environment (RabbitMq__Host, ...).
/// There is no default password: it comes from the environment (RabbitMq__Password) or, on a developer's machine,
/// from appsettings.Development.json; without one the host refuses to start.
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

    /// <summary>The process's own broker user: for the worker the non-administrator user <c>hub</c>.</summary>
    [Required(ErrorMessage = "RabbitMq:Username is not set: give it in the environment (RabbitMq__Username).")]
    public string Username { get; set; } = "hub";

    [Required(ErrorMessage = "RabbitMq:Password is not set: give it in the environment (RabbitMq__Password), or for development in appsettings.Development.json (DOTNET_ENVIRONMENT=Development). No password is built in.")]
    public string Password { get; set; } = string.Empty;

    /// <summary>The management HTTP API, used to create school users and set their permissions.</summary>
    [Required]
    public Uri ManagementUri { get; set; } = new("http://localhost:15672/");

    /// <summary>
    /// The operator account (section "RabbitMq:Operator") that manages broker users and vhosts: <c>hub school add</c>,
    /// <c>hub org add</c>, <c>hub bench</c>, the demo. Only the CLI is given one; the worker runs without it.
    /// </summary>
    public RabbitMqOperatorOptions Operator { get; set; } = new();
}

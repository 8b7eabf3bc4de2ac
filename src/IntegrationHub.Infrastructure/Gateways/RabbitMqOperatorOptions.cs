namespace IntegrationHub.Infrastructure.Gateways;

/// <summary>
/// The broker's operator account (RabbitMq:Operator:Username, RabbitMq:Operator:Password), an administrator that may
/// create users, vhosts and permissions. Configured for the CLI only, never for the worker, and never in a base
/// appsettings.json: the password comes from the environment (RabbitMq__Operator__Password) or, on a developer's
/// machine, from appsettings.Development.json.
/// </summary>
public sealed class RabbitMqOperatorOptions
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Both name and password are set.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password);

    /// <summary>The credential, or a clear error saying how to supply it.</summary>
    /// <exception cref="InvalidOperationException">No operator account is configured.</exception>
    public (string Username, string Password) Require() => IsConfigured
        ? (Username!, Password!)
        : throw new InvalidOperationException(
            "Managing broker users and vhosts needs the operator account: set RabbitMq:Operator:Username and RabbitMq:Operator:Password " +
            "(environment RabbitMq__Operator__Username / RabbitMq__Operator__Password; infra/up.sh creates hub-operator). " +
            "The worker's own user may not manage users.");
}

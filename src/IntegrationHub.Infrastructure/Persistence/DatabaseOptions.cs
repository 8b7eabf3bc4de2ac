using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>Settings of the hub's PostgreSQL (section "Database"; the connection string is ConnectionStrings:Hub).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Hub";

    /// <summary>
    /// ConnectionStrings:Hub. There is no built-in default (it would carry a password): it comes from the environment
    /// (ConnectionStrings__Hub) or, on a developer's machine, from appsettings.Development.json.
    /// </summary>
    /// <exception cref="InvalidOperationException">It is not set.</exception>
    public static string RequireConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured
            ? configured
            : throw new InvalidOperationException(
                "ConnectionStrings:Hub is not set: give it in the environment (ConnectionStrings__Hub), or for development in " +
                "appsettings.Development.json (DOTNET_ENVIRONMENT=Development). No connection string or password is built in.");
    }

    /// <summary>Apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>Settings of the hub's PostgreSQL (section "Database"; the connection string is ConnectionStrings:Hub).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Hub";

    public const string DefaultConnectionString = "Host=localhost;Port=5432;Username=hub;Password=hub;Database=integrationhub";

    /// <summary>Apply pending migrations when the host starts (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

using System.CommandLine;
using IntegrationHub.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Cli.Commands;

/// <summary><c>hub migrate</c>: applies the numbered SQL migrations (DbUp) to ConnectionStrings:Hub.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database migrations (ConnectionStrings__Hub)");
        command.SetAction(_ =>
        {
            var connectionString = HubConfiguration.Build().GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultConnectionString;
            try
            {
                var applied = DatabaseMigrator.Migrate(connectionString);
                Console.Out.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count}: {string.Join(", ", applied)}");
                return 0;
            }
            catch (DatabaseMigrationException ex)
            {
                Console.Error.WriteLine($"hub migrate: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}

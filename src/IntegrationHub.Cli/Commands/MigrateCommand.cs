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
            try
            {
                var connectionString = DatabaseOptions.RequireConnectionString(HubConfiguration.Build());
                var applied = DatabaseMigrator.Migrate(connectionString);
                Console.Out.WriteLine(applied.Count == 0 ? "Database is up to date." : $"Applied {applied.Count}: {string.Join(", ", applied)}");
                return 0;
            }
            catch (Exception ex) when (ex is DatabaseMigrationException or InvalidOperationException)
            {
                Console.Error.WriteLine($"hub migrate: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}

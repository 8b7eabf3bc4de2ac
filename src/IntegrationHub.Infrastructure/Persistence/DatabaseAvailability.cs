using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>
/// Whether PostgreSQL can be used right now, for the hosts' readiness checks and error handling, so that no
/// host needs to know Npgsql's types.
/// </summary>
public sealed class DatabaseAvailability(NpgsqlDataSource dataSource)
{
    /// <summary>True when the database answers a query; false (with the reason) when it does not.</summary>
    public async Task<(bool Answers, Exception? Failure)> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return (true, null);
        }
        catch (NpgsqlException exception)
        {
            return (false, exception);
        }
    }

    /// <summary>An exception that means "the database is (temporarily) not there", not a bug or bad data.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.IsTransient || postgres.SqlState is "55000" or "57P01" or "57P02" or "57P03" or "3D000",
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or TimeoutException,
        TimeoutException => true,
        _ => false,
    };
}

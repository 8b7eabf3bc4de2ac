using System.Data.Common;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>The hub's connection string as configured (ConnectionStrings:Hub), password included, for the migrator; never printed.</summary>
public sealed record HubConnectionString(string Value)
{
    /// <summary>How many statements a connection keeps prepared when the operator's connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    public override string ToString() => "HubConnectionString { *** }";

    /// <summary>
    /// The operator's connection string with the hub's defaults for what it leaves out: Npgsql's automatic preparation
    /// (<c>Max Auto Prepare</c>), so PostgreSQL parses and plans the intake's, the relay's and signalering's few
    /// statements once per connection instead of once per execution. Every statement the hub runs is one of a fixed
    /// set, so a small cache holds them all. A connection string that sets <c>Max Auto Prepare</c> (0 switches it off)
    /// is kept as it is.
    /// </summary>
    public static string WithHubDefaults(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey answers whether a keyword is known, not whether it was given: the
        // plain builder holds only what the string says.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}

using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>Builds the statements of <see cref="SignaleringSql"/> for one <see cref="NpgsqlBatch"/> (one round trip).</summary>
internal static class SignaleringCommands
{
    public static NpgsqlBatchCommand Of(string sql, params IEnumerable<(string Name, object? Value)> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}

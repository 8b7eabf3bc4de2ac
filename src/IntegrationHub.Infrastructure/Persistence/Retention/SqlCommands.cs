using System.Text.RegularExpressions;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>A batch command for <paramref name="sql"/> with those of the named values it refers to (@Name).</summary>
internal static partial class SqlCommands
{
    public static NpgsqlBatchCommand Of(string sql, IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var command = new NpgsqlBatchCommand(sql);
        foreach (var name in Placeholder().Matches(sql).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter(name, values[name]));
        }

        return command;
    }

    [GeneratedRegex("@([A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex Placeholder();
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>
/// One Npgsql parameter per public property of a parameters object (an anonymous type, as Dapper takes them), null as
/// DBNull. Each type's property readers are compiled once and kept: reading them by reflection on every statement made
/// the runtime emit (and later finalise) a new invoker whenever its weakly held reflection cache had been collected,
/// which the profile of the intake showed as steady JIT work and finaliser time.
/// </summary>
internal static class SqlParameters
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Readers = new();

    public static void AddTo(NpgsqlParameterCollection target, object parameters)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var (name, read) in Readers.GetOrAdd(parameters.GetType(), Compile))
        {
            target.Add(new NpgsqlParameter(name, read(parameters) ?? DBNull.Value));
        }
    }

    /// <summary>A batch command for <paramref name="sql"/> with the parameters of <paramref name="parameters"/>.</summary>
    public static NpgsqlBatchCommand Command(string sql, object parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        AddTo(command.Parameters, parameters);
        return command;
    }

    private static (string Name, Func<object, object?> Read)[] Compile(Type type) =>
    [
        .. type.GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Select(property =>
        {
            var instance = Expression.Parameter(typeof(object), "parameters");
            var read = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
            return (property.Name, Expression.Lambda<Func<object, object?>>(read, instance).Compile());
        }),
    ];
}

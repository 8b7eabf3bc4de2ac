using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace IntegrationHub.Application.Intake.Mapping;

/// <summary>The code a contract enum travels as (its JsonStringEnumMemberName), e.g. "school-change".</summary>
internal static class WireCode
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache.GetOrAdd(value, static key =>
            key.GetType().GetField(key.ToString(), BindingFlags.Public | BindingFlags.Static)
                ?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? throw new ArgumentOutOfRangeException(nameof(value), key, "Not a known contract code."));
}

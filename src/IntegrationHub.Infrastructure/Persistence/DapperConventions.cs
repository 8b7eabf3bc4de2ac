using Dapper;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>snake_case columns map onto PascalCase members. Applied once, before the first query.</summary>
internal static class DapperConventions
{
    private static int _applied;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 0)
        {
            DefaultTypeMap.MatchNamesWithUnderscores = true;
        }
    }
}

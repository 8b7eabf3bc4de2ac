namespace IntegrationHub.Application.Console;

/// <summary>The console's four roles, as they appear in the role claim, the accounts table and the CLI.</summary>
public static class ConsoleRoles
{
    public const string Operator = "operator";
    public const string Bureau = "bureau";
    public const string Jgz = "jgz";
    public const string School = "school";

    public static IReadOnlyList<string> All { get; } = [Operator, Bureau, Jgz, School];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}

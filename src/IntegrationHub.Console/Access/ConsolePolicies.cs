using IntegrationHub.Application.Console;
using Microsoft.AspNetCore.Authorization;

namespace IntegrationHub.Console.Access;

/// <summary>
/// One policy per role folder. A bureau or JGZ user must also carry an organisation, a school user a BRIN: without it
/// they may not see anything.
/// </summary>
public static class ConsolePolicies
{
    public const string Operator = "Operator";
    public const string Bureau = "Bureau";
    public const string Jgz = "Jgz";
    public const string School = "School";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Operator, p => p.RequireAuthenticatedUser().RequireRole(ConsoleRoles.Operator));
        options.AddPolicy(Bureau, p => p.RequireAuthenticatedUser().RequireRole(ConsoleRoles.Bureau).RequireClaim(ConsoleClaims.Organisation));
        options.AddPolicy(Jgz, p => p.RequireAuthenticatedUser().RequireRole(ConsoleRoles.Jgz).RequireClaim(ConsoleClaims.Organisation));
        options.AddPolicy(School, p => p.RequireAuthenticatedUser().RequireRole(ConsoleRoles.School).RequireClaim(ConsoleClaims.Brin));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

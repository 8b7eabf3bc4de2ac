using System.Security.Claims;
using IntegrationHub.Application.Console;

namespace IntegrationHub.Console.Access;

/// <summary>
/// Maps what the OpenID Connect provider says about a user onto the console's claims. The provider's ID token carries:
/// <c>preferred_username</c> (else <c>name</c>, else <c>sub</c>) as the account name; <c>role</c>: operator, bureau, jgz or
/// school; <c>hub:organisation</c>: the partner organisation id (bureau, jgz); <c>hub:brin</c>: the school's BRIN (school).
/// A user without a known role, or a bureau/JGZ user without an organisation or a school user without a BRIN, is refused.
/// </summary>
public static class OidcClaimsMapper
{
    public const string RoleClaim = "role";

    public static ConsoleAccount? Map(ClaimsPrincipal principal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = First(principal, "preferred_username") ?? First(principal, "name") ?? First(principal, "sub");
        var role = principal.FindAll(RoleClaim).Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value).FirstOrDefault(ConsoleRoles.IsKnown);
        var organisation = First(principal, ConsoleClaims.Organisation);
        var brin = First(principal, ConsoleClaims.Brin)?.ToUpperInvariant();
        if (name is null || role is null)
        {
            return null;
        }

        return role switch
        {
            ConsoleRoles.Bureau or ConsoleRoles.Jgz when organisation is null => null,
            ConsoleRoles.School when brin is null => null,
            ConsoleRoles.Bureau or ConsoleRoles.Jgz => new ConsoleAccount(name, role, organisation, null, now, false),
            ConsoleRoles.School => new ConsoleAccount(name, role, null, brin, now, false),
            _ => new ConsoleAccount(name, role, null, null, now, false),
        };
    }

    private static string? First(ClaimsPrincipal principal, string type) =>
        principal.FindFirst(type)?.Value is { Length: > 0 } value ? value : null;
}

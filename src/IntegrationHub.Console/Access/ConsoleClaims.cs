using System.Security.Claims;

namespace IntegrationHub.Console.Access;

/// <summary>
/// The claims a console user carries. The role is <see cref="ClaimTypes.Role"/> (operator, bureau, jgz, school), the
/// name <see cref="ClaimTypes.Name"/>; a bureau or JGZ user has <see cref="Organisation"/>, a school user <see cref="Brin"/>.
/// </summary>
public static class ConsoleClaims
{
    public const string Organisation = "hub:organisation";
    public const string Brin = "hub:brin";
}

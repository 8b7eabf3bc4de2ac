using System.Security.Claims;
using IntegrationHub.Application.Console;

namespace IntegrationHub.Console.Access;

/// <summary>
/// The signed-in user as the pages see it: name, role, and the organisation (bureau, JGZ) or BRIN (school) every query
/// of theirs is filtered by. Pass it to <see cref="IConsoleAudit"/> as the actor.
/// </summary>
public sealed record ConsoleUser(string Name, string Role, string? OrganisationId, string? Brin) : ConsoleActor(Name, Role)
{
    public bool IsOperator => Role == ConsoleRoles.Operator;

    /// <summary>The user of a request that passed authorization; throws when the principal lacks the name or role.</summary>
    public static ConsoleUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? throw new InvalidOperationException("The user has no name claim.");
        var role = principal.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("The user has no role claim.");
        return new ConsoleUser(name, role, principal.FindFirstValue(ConsoleClaims.Organisation), principal.FindFirstValue(ConsoleClaims.Brin));
    }

    /// <summary>The claims of a local account, as the login page signs them in.</summary>
    public static ClaimsIdentity Identity(ConsoleAccount account, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, account.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, account.Role));
        if (account.OrganisationId is not null)
        {
            identity.AddClaim(new Claim(ConsoleClaims.Organisation, account.OrganisationId));
        }

        if (account.Brin is not null)
        {
            identity.AddClaim(new Claim(ConsoleClaims.Brin, account.Brin));
        }

        return identity;
    }

    /// <summary>The start page of the role: /Beheer, /Bureau, /Jgz or /School.</summary>
    public string StartPage => Role switch
    {
        ConsoleRoles.Operator => "/Beheer",
        ConsoleRoles.Bureau => "/Bureau",
        ConsoleRoles.Jgz => "/Jgz",
        ConsoleRoles.School => "/School",
        _ => "/Account/Inloggen",
    };

    /// <summary>The role's page folder and menu: Beheer, Bureau, Jgz or School.</summary>
    public string Area => StartPage.TrimStart('/');

    /// <summary>The role in Dutch, for the header bar.</summary>
    public string RoleText => Role switch
    {
        ConsoleRoles.Operator => "beheerder",
        ConsoleRoles.Bureau => "leerplichtbureau",
        ConsoleRoles.Jgz => "jeugdgezondheidszorg",
        ConsoleRoles.School => "school",
        _ => Role,
    };
}

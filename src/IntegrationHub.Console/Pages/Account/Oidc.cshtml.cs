using IntegrationHub.Console.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Console.Pages.Account;

/// <summary>Starts the sign-in at the organisation's OpenID Connect provider (only when Console:Oidc:Authority is set).</summary>
public sealed class OidcModel(IOptions<ConsoleAccessOptions> options) : PageModel
{
    public IActionResult OnGet(string? returnUrl)
    {
        if (!options.Value.Oidc.IsConfigured)
        {
            return NotFound();
        }

        var target = returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        return Challenge(new AuthenticationProperties { RedirectUri = target }, ConsoleAuthentication.OidcScheme);
    }
}

using IntegrationHub.Application.Console;
using IntegrationHub.Console.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Console.Pages.Account;

/// <summary>
/// Sign-in with a local account (when Console:LocalAccounts:Enabled) or through the organisation's OpenID Connect
/// provider (when Console:Oidc:Authority is set). Every attempt is audited: a success with the account, a failure with
/// the account name only when such an account exists (a mistyped name could be a password). Never the password.
/// </summary>
public sealed class InloggenModel(IConsoleAccounts accounts, IConsoleAudit audit, IOptions<ConsoleAccessOptions> options) : PageModel
{
    [BindProperty]
    public string? Naam { get; set; }

    [BindProperty]
    public string? Wachtwoord { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Foutmelding { get; private set; }

    public bool LocalAccountsEnabled => options.Value.LocalAccounts.Enabled;

    public bool OidcAvailable => options.Value.Oidc.IsConfigured;

    public IActionResult OnGet(string? fout)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        if (fout == "oidc")
        {
            Foutmelding = "Inloggen via uw organisatie is niet gelukt, of uw account heeft geen rol in deze console. Neem contact op met de beheerder van de hub.";
            return Page();
        }

        if (!LocalAccountsEnabled && OidcAvailable)
        {
            return RedirectToPage("/Account/Oidc", new { returnUrl = SafeReturnUrl() });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!LocalAccountsEnabled)
        {
            return NotFound();
        }

        var name = Naam?.Trim().ToLowerInvariant() ?? "";
        var account = name.Length == 0 || string.IsNullOrEmpty(Wachtwoord) ? null : await accounts.VerifyAsync(name, Wachtwoord, cancellationToken);
        Wachtwoord = null;
        if (account is null)
        {
            var known = name.Length > 0 && await accounts.FindAsync(name, cancellationToken) is not null;
            await audit.RecordAsync(new ConsoleActor(known ? name : "onbekend", "anoniem"), "inloggen-mislukt", "account", known ? name : "onbekend", null, cancellationToken);
            Foutmelding = "De combinatie van gebruikersnaam en wachtwoord is onjuist, of het account is uitgeschakeld.";
            return Page();
        }

        var principal = new System.Security.Claims.ClaimsPrincipal(ConsoleUser.Identity(account, CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        var user = ConsoleUser.From(principal);
        await audit.RecordAsync(user, "inloggen", "account", user.Name, "lokaal account", cancellationToken);
        return LocalRedirect(ReturnUrl is { Length: > 0 } && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : user.StartPage);
    }

    private string SafeReturnUrl() => ReturnUrl is { Length: > 0 } && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}

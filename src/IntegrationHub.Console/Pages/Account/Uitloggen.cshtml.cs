using IntegrationHub.Application.Console;
using IntegrationHub.Console.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Account;

/// <summary>Signs out (a POST from the header bar's form, with its anti-forgery token) and audits it.</summary>
public sealed class UitloggenModel(IConsoleAudit audit) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var user = ConsoleUser.From(User);
            await audit.RecordAsync(user, "uitloggen", "account", user.Name, null, cancellationToken);
            await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return RedirectToPage();
    }
}

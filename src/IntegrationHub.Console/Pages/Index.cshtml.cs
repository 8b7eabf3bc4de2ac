using IntegrationHub.Console.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages;

/// <summary>The root sends each role to its start page: operator /Beheer, bureau /Bureau, JGZ /Jgz, school /School.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect(ConsoleUser.From(User).StartPage);
}

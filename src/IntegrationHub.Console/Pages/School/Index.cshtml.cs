using IntegrationHub.Console.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.School;

public sealed class IndexModel : PageModel
{
    public ConsoleUser Gebruiker => ConsoleUser.From(User);

    public void OnGet()
    {
    }
}

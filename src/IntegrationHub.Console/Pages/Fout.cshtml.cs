using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages;

/// <summary>
/// The error pages, re-executed by the status-code pages with the original status kept: 404 "Pagina niet gevonden"
/// (also what another organisation's melding answers), 403 "Geen toegang", 400 (e.g. a form without its anti-forgery
/// token) and 500. Requested directly it answers 404.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    public string Titel { get; private set; } = "";

    public string Uitleg { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        (Titel, Uitleg) = code switch
        {
            403 => ("Geen toegang", "U hebt geen toegang tot deze pagina. Ziet u hier iets dat u wel zou moeten kunnen zien? Neem dan contact op met de beheerder van de hub."),
            400 => ("Verzoek niet verwerkt", "Dit verzoek kon niet worden verwerkt. Was het formulier lang open? Laad de pagina opnieuw en probeer het nog eens."),
            500 => ("Er ging iets mis", "Er ging iets mis bij het verwerken van uw verzoek. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder."),
            _ => ("Pagina niet gevonden", "Deze pagina bestaat niet, of u hebt er geen toegang toe. Controleer het adres, of ga terug naar de startpagina."),
        };
        var reExecuted = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        Response.StatusCode = reExecuted ? Response.StatusCode : StatusCodes.Status404NotFound;
        return Page();
    }
}

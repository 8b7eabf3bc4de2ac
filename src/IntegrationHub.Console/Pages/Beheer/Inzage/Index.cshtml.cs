using System.Globalization;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Inzage;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using IntegrationHub.Contracts.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Inzage;

/// <summary>
/// Inzage (AVG art. 15) for an operator handling a parent's request. The persoonsgebonden nummer is posted (never in a
/// URL), pseudonymised as the intake does it and forgotten; the lookup is audited with the pseudonym, never the nummer.
/// The list then lives at <c>?leerling=PSEUDONYM</c> (searched and paged by the disclosure store), with CSV and PDF exports (each audited).
/// </summary>
public sealed class IndexModel(DisclosureInzage inzage, IInzageExport export, IConsoleAudit audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Nummer { get; set; }

    [BindProperty]
    public string Soort { get; set; } = "bsn";

    [BindProperty(SupportsGet = true, Name = "leerling")]
    public string? Leerling { get; set; }

    public ListQuery Lijst { get; private set; } = new();

    public PagedList<PupilDisclosure>? Verstrekkingen { get; private set; }

    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Lijst = lijst;
        if (Leerling is null)
        {
            return Page();
        }

        var page = await inzage.PageForPseudonymAsync(Leerling, lijst.Q, lijst.Offset, lijst.Limit, cancellationToken);
        if (page.Error is not null)
        {
            return NotFound();
        }

        var shown = page.Disclosures.Total.ToString(CultureInfo.InvariantCulture) + " verstrekkingen" + (lijst.Q is null ? string.Empty : " bij de zoekopdracht");
        await audit.RecordAsync(ConsoleUser.From(User), "inzage.bekijken", "leerling", page.Pupil!, shown, cancellationToken);
        Verstrekkingen = new PagedList<PupilDisclosure>(page.Disclosures.Items, page.Disclosures.Total, lijst);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var soort = Soort == "onderwijsnummer" ? NummerSoort.Onderwijsnummer : NummerSoort.Bsn;
        var result = await inzage.ForNummerAsync(soort, Nummer?.Trim(), cancellationToken);
        Nummer = null;
        ModelState.Remove(nameof(Nummer));
        if (result.Error is { } error)
        {
            Fout = Describe(error);
            await audit.RecordAsync(ConsoleUser.From(User), "inzage.opzoeken", "leerling", "-", "geweigerd: " + error, cancellationToken);
            return Page();
        }

        await audit.RecordAsync(ConsoleUser.From(User), "inzage.opzoeken", "leerling", result.Pupil!, Count(result), cancellationToken);
        return RedirectToPage(new { leerling = result.Pupil });
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        ExportAsync("csv", "text/csv; charset=utf-8", export.Csv, cancellationToken);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken) =>
        ExportAsync("pdf", "application/pdf", export.Pdf, cancellationToken);

    private async Task<IActionResult> ExportAsync(string format, string contentType, Func<InzageDocument, byte[]> write, CancellationToken cancellationToken)
    {
        var result = await inzage.ForPseudonymAsync(Leerling, cancellationToken);
        if (result.Error is not null)
        {
            return NotFound();
        }

        var document = new InzageDocument(result.Pupil!, time.GetUtcNow(), result.Disclosures);
        var bytes = write(document);
        await audit.RecordAsync(ConsoleUser.From(User), "inzage.export." + format, "leerling", result.Pupil!, Count(result), cancellationToken);
        return File(bytes, contentType, $"inzage-{result.Pupil}-{document.MadeAt:yyyyMMdd}.{format}");
    }

    private static string Count(InzageResult result) => result.Disclosures.Count.ToString(CultureInfo.InvariantCulture) + " verstrekkingen";

    private static string Describe(string error) => error switch
    {
        RejectionCodes.NummerFormat => "Een persoonsgebonden nummer bestaat uit 9 cijfers.",
        RejectionCodes.BsnElfproef => "Dit BSN voldoet niet aan de elfproef.",
        RejectionCodes.OnderwijsnummerCheck => "Dit onderwijsnummer klopt niet (controlegetal).",
        _ => "De leerling kon niet worden bepaald.",
    };
}

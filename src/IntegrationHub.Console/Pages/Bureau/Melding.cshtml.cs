using System.Diagnostics;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Bureau;
using IntegrationHub.Application.Partners;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Bureau;
using IntegrationHub.Contracts.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Bureau;

/// <summary>
/// One melding of the user's organisation, as the hub delivered it, with the status form. A status goes through
/// <see cref="PartnerAnswerIntake"/> exactly like one from the bureau's own system (validated, stored, forwarded to DUO; the
/// school hears it once DUO's register returns it). Another organisation's melding answers 404.
/// </summary>
public sealed class MeldingModel(IBureauMeldingen meldingen, PartnerAnswerIntake intake, IConsoleAudit audit, TimeProvider time) : PageModel
{
    public const string Channel = "console";

    public BureauMelding Melding { get; private set; } = null!;

    [BindProperty]
    public StatusInvoer Invoer { get; set; } = new();

    /// <summary>The outcome codes of a status the hub refused.</summary>
    public IReadOnlyList<string> Geweigerd { get; private set; } = [];

    [FromQuery(Name = "gezet")]
    public string? Gezet { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        if (!await LoadAsync(user, id, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordAsync(user, "bureau.melding-bekeken", "verzuimmelding", id.ToString(), null, cancellationToken);
        Prefill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        if (!await LoadAsync(user, id, cancellationToken))
        {
            return NotFound();
        }

        Check();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var message = Invoer.ToMessage(id, time.GetUtcNow(), Activity.Current?.Id);
        var outcome = await intake.HandleAuthenticatedAsync(user.OrganisationId!, message, Channel, cancellationToken);
        await audit.RecordAsync(user, "bureau.status-gezet", "verzuimmelding", id.ToString(), Detail(message, outcome), cancellationToken);
        if (outcome.Result == PartnerAnswerResult.Rejected)
        {
            Geweigerd = outcome.Codes;
            return Page();
        }

        return RedirectToPage("/Bureau/Melding", new { id, gezet = BureauTexts.Code(message.Status) });
    }

    private async Task<bool> LoadAsync(ConsoleUser user, Guid id, CancellationToken cancellationToken)
    {
        var melding = await meldingen.FindAsync(user.OrganisationId!, id, cancellationToken);
        Melding = melding!;
        return melding is not null;
    }

    private void Check()
    {
        if (Invoer.Status == PartnerStatus.Afgesloten && Invoer.Reden is null)
        {
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(StatusInvoer.Reden)}", "Kies bij afgesloten de reden.");
        }

        if (Invoer.HasContact && !Invoer.HasFullContact)
        {
            ModelState.AddModelError($"{nameof(Invoer)}.{nameof(StatusInvoer.ContactNaam)}", "Vul alle vier de gegevens van de contactpersoon in, of geen.");
        }
    }

    /// <summary>The contactpersoon the organisation gave last time, so it need not be typed again.</summary>
    private void Prefill()
    {
        if (Melding.StatusesSet.LastOrDefault(s => s.ContactNaam is not null) is { } last)
        {
            Invoer.ContactNaam = last.ContactNaam;
            Invoer.ContactFunctie = last.ContactFunctie;
            Invoer.ContactTelefoon = last.ContactTelefoon;
            Invoer.ContactEmail = last.ContactEmail;
        }
    }

    /// <summary>Codes only: never the contactpersoon's details.</summary>
    private static string Detail(PartnerStatusSet message, PartnerAnswerOutcome outcome) =>
        $"status={BureauTexts.Code(message.Status)}"
        + (message.RedenAfgesloten is { } r ? $"; reden={BureauTexts.Code(r)}" : "")
        + (message.ToelichtingAfsluiting is { } t ? $"; toelichting={BureauTexts.Code(t)}" : "")
        + (message.Contactpersoon is null ? "" : "; contactpersoon")
        + $"; bericht={message.MessageId}; uitkomst={outcome.Result}"
        + (outcome.Codes.Count > 0 ? $" ({string.Join(", ", outcome.Codes)})" : "");
}

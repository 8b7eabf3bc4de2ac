using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.School;
using IntegrationHub.Application.Intake;
using IntegrationHub.Console.Access;
using IntegrationHub.Contracts.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.School;

/// <summary>
/// One melding of the user's school (another school's answers 404: the query filters by BRIN), with its history and
/// statuses, and the "beslissing nodig" answer: intrekken or handhaven, with a reason. The answer goes through the intake
/// as the school's own DecideVerzuimmelding (channel console) and is audited without the reason's text.
/// </summary>
public sealed class MeldingModel(ISchoolConsoleQuery query, SchoolConsoleDecisions decisions, IConsoleAudit audit) : PageModel
{
    public const int ReasonLength = 200;

    public SchoolMeldingDetail Melding { get; private set; } = null!;

    [BindProperty]
    public string? Beslissing { get; set; }

    [BindProperty]
    public string? Reden { get; set; }

    [TempData]
    public string? Bevestiging { get; set; }

    public IReadOnlyList<string> Fouten { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var melding = await query.MeldingAsync(ConsoleUser.From(User).Brin ?? "", id, cancellationToken);
        if (melding is null)
        {
            return NotFound();
        }

        Melding = melding;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        var melding = await query.MeldingAsync(user.Brin ?? "", id, cancellationToken);
        if (melding is null)
        {
            return NotFound();
        }

        Melding = melding;
        var decision = Beslissing switch
        {
            "intrekken" => MeldingDecision.Intrekken,
            "handhaven" => MeldingDecision.Handhaven,
            _ => (MeldingDecision?)null,
        };
        Fouten = Check(melding, decision);
        if (Fouten.Count > 0)
        {
            return Page();
        }

        var result = await decisions.DecideAsync(
            new SchoolDecisionRequest(user.Brin!, melding.Melding.Vestiging, user.Name, id, decision!.Value, Reden), cancellationToken);
        var outcome = result.Outcome == SubmissionOutcome.Accepted ? "accepted" : "rejected:" + string.Join(",", result.Reasons.Select(r => r.Code));
        await audit.RecordAsync(user, "melding.beslissing", "melding", id.ToString(), $"{Beslissing}; {outcome}; bericht {result.MessageId}", cancellationToken);
        if (result.Outcome != SubmissionOutcome.Accepted)
        {
            Fouten = result.Reasons.Select(r => r.Message).ToList();
            return Page();
        }

        Bevestiging = decision == MeldingDecision.Intrekken
            ? "Uw beslissing is ontvangen: de melding wordt ingetrokken. De gemeente hoort dat de school de melding heeft ingetrokken (zonder uw toelichting)."
            : "Uw beslissing is ontvangen: de melding blijft staan.";
        return RedirectToPage(new { id });
    }

    private List<string> Check(SchoolMeldingDetail melding, MeldingDecision? decision)
    {
        var errors = new List<string>();
        if (!melding.Melding.DecisionRequired)
        {
            errors.Add("Voor deze melding is geen beslissing nodig.");
            return errors;
        }

        if (decision is null)
        {
            errors.Add("Kies of u de melding intrekt of handhaaft.");
        }

        if (string.IsNullOrWhiteSpace(Reden))
        {
            errors.Add("Geef de reden van uw beslissing.");
        }
        else if (Reden.Trim().Length > ReasonLength)
        {
            errors.Add($"De reden is te lang: ten hoogste {ReasonLength} tekens.");
        }

        return errors;
    }
}

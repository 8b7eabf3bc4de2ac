using System.Diagnostics;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Jgz;
using IntegrationHub.Application.Partners;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Jgz;
using IntegrationHub.Contracts.V1;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Jgz;

/// <summary>
/// One referral of the user's JGZ, in the JGZ projection, with the structured advice form. Advice goes through
/// <see cref="PartnerAnswerIntake"/> exactly like advice from the JGZ's own system: consent is checked again, and on consent
/// the school's JgzAdviceReceived is queued in the outbox with its disclosure entry. Another JGZ's referral answers 404.
/// </summary>
public sealed class VerwijzingModel(IJgzReferrals referrals, PartnerAnswerIntake intake, IConsoleAudit audit, TimeProvider time) : PageModel
{
    public const string Channel = "console";

    public JgzReferralDetail Verwijzing { get; private set; } = null!;

    [BindProperty]
    public AdviesInvoer Invoer { get; set; } = new();

    public IReadOnlyList<string> Geweigerd { get; private set; } = [];

    /// <summary>"doorgestuurd" or "vastgehouden" after advice was given (PRG).</summary>
    [FromQuery(Name = "advies")]
    public string? Advies { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        if (!await LoadAsync(user, id, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordAsync(user, "jgz.verwijzing-bekeken", "mazl-verwijzing", id.ToString(), null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        if (!await LoadAsync(user, id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var message = Invoer.ToMessage(id, time.GetUtcNow(), Activity.Current?.Id);
        var outcome = await intake.HandleAuthenticatedAsync(user.OrganisationId!, message, Channel, cancellationToken);
        await audit.RecordAsync(user, "jgz.advies-gegeven", "mazl-verwijzing", id.ToString(),
            $"bericht={message.MessageId}; uitkomst={outcome.Result}" + (outcome.Codes.Count > 0 ? $" ({string.Join(", ", outcome.Codes)})" : ""), cancellationToken);
        return outcome.Result switch
        {
            PartnerAnswerResult.Rejected => Refused(outcome),
            PartnerAnswerResult.Withheld => RedirectToPage("/Jgz/Verwijzing", new { id, advies = "vastgehouden" }),
            _ => RedirectToPage("/Jgz/Verwijzing", new { id, advies = "doorgestuurd" }),
        };
    }

    private PageResult Refused(PartnerAnswerOutcome outcome)
    {
        Geweigerd = outcome.Codes;
        return Page();
    }

    private async Task<bool> LoadAsync(ConsoleUser user, Guid id, CancellationToken cancellationToken)
    {
        var referral = await referrals.FindAsync(user.OrganisationId!, id, cancellationToken);
        Verwijzing = referral!;
        return referral is not null;
    }

    public static string Adjustments(IReadOnlyList<string> codes) =>
        codes.Count == 0 ? "geen" : string.Join(", ", codes.Select(c => JgzTexts.Code<AdviceAdjustment>(c, JgzTexts.Adjustment)));
}

using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Scholen;

/// <summary>
/// The connected schools (search by BRIN or name, paged), connecting a new one and rotating a school's credentials, all
/// through the SchoolProvisioner the CLI uses. A new secret is shown once, on the answer to the POST itself: it is not
/// stored in the session, the URL or the audit log. The DUO client certificate's expiry is checked here too.
/// </summary>
public sealed class IndexModel(ISchoolBoard schools, SchoolProvisioner provisioner, IDuoCertificateCheck duoCertificate, IConsoleAudit audit) : PageModel
{
    public ListQuery Query { get; private set; } = new();

    [BindProperty]
    public ConnectForm Connect { get; set; } = new();

    public PagedList<SchoolRow> Schools { get; private set; } = null!;

    public DuoCertificateStatus Certificate { get; private set; } = null!;

    /// <summary>Secrets to show once, after connecting or rotating (label, value).</summary>
    public IReadOnlyList<(string Label, string Value)> NewSecrets { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Query = lijst;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostConnectAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var melder = new Melder
        {
            Naam = Connect.MelderNaam!,
            Functie = Connect.MelderFunctie!,
            Telefoon = Connect.MelderTelefoon!,
            Email = Connect.MelderEmail!,
            DoorSchoolOndernomenActie = Connect.DoorSchoolOndernomenActie!,
            ActieGemeenteGewenst = Connect.ActieGemeenteGewenst,
            ActieGemeenteToelichting = Connect.ActieGemeenteGewenst ? null : "Geen actie van de gemeente gewenst.",
        };
        SchoolCredentials credentials;
        try
        {
            credentials = await provisioner.ProvisionAsync(new SchoolRegistration(Connect.Brin!, Connect.Name!.Trim(), Connect.Region, Melder: melder, BatchedAcceptance: Connect.BatchedAcceptance), cancellationToken);
        }
        catch (ArgumentException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }

        await audit.RecordAsync(ConsoleUser.From(User), "schools.connect", "school", credentials.Brin, $"http-credential={credentials.HttpCredentialId} batched-acceptance={Connect.BatchedAcceptance}", cancellationToken);
        Notice = $"School {credentials.Brin} is aangesloten.";
        NewSecrets = Secrets(credentials.AmqpUsername, credentials.AmqpPassword, credentials.HttpCredentialId, credentials.HttpApiKey);
        Query = new ListQuery { Q = credentials.Brin };
        ModelState.Clear();
        Connect = new ConnectForm();
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateHttpAsync(string brin, CancellationToken cancellationToken)
    {
        // Only the connect form is validated; this POST does not carry it.
        ModelState.Clear();
        if (await schools.FindAsync(brin, cancellationToken) is null)
        {
            return NotFound();
        }

        var old = await schools.ActiveHttpCredentialIdsAsync(brin, cancellationToken);
        var (credentialId, apiKey) = await provisioner.IssueHttpKeyAsync(brin, cancellationToken);
        await audit.RecordAsync(ConsoleUser.From(User), "schools.rotate-http-key", "school", brin, $"new={credentialId} still-active={old.Count}", cancellationToken);
        Notice = old.Count == 0
            ? $"Nieuwe HTTP-sleutel voor {brin}."
            : $"Nieuwe HTTP-sleutel voor {brin}. De oude sleutel(s) werken nog tot u ze intrekt, zodat de school eerst kan overstappen.";
        NewSecrets = Secrets(null, null, credentialId, apiKey);
        Query = new ListQuery { Q = brin };
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeOldHttpAsync(string brin, CancellationToken cancellationToken)
    {
        // Only the connect form is validated; this POST does not carry it.
        ModelState.Clear();
        if (await schools.FindAsync(brin, cancellationToken) is null)
        {
            return NotFound();
        }

        var active = await schools.ActiveHttpCredentialIdsAsync(brin, cancellationToken);
        foreach (var credentialId in active.Take(Math.Max(0, active.Count - 1)))
        {
            await provisioner.RevokeHttpKeyAsync(credentialId, cancellationToken);
        }

        var revoked = Math.Max(0, active.Count - 1);
        await audit.RecordAsync(ConsoleUser.From(User), "schools.revoke-old-http-keys", "school", brin, $"revoked={revoked}", cancellationToken);
        Notice = revoked == 0 ? $"{brin} heeft geen oudere HTTP-sleutels." : $"{revoked} oudere HTTP-sleutel(s) van {brin} ingetrokken; alleen de nieuwste werkt nog.";
        Query = new ListQuery { Q = brin };
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRotateAmqpAsync(string brin, CancellationToken cancellationToken)
    {
        // Only the connect form is validated; this POST does not carry it.
        ModelState.Clear();
        if (await schools.FindAsync(brin, cancellationToken) is null)
        {
            return NotFound();
        }

        var (user, password) = await provisioner.RotateAmqpPasswordAsync(brin, cancellationToken);
        await audit.RecordAsync(ConsoleUser.From(User), "schools.rotate-amqp-password", "school", brin, null, cancellationToken);
        Notice = $"Nieuw AMQP-wachtwoord voor {brin}. Het oude werkt niet meer voor nieuwe verbindingen.";
        NewSecrets = Secrets(user, password, null, null);
        Query = new ListQuery { Q = brin };
        await LoadAsync(cancellationToken);
        return Page();
    }

    private static List<(string, string)> Secrets(string? amqpUser, string? amqpPassword, string? httpCredentialId, string? httpApiKey)
    {
        var secrets = new List<(string, string)>();
        if (amqpPassword is not null)
        {
            secrets.Add(("AMQP-gebruiker", amqpUser!));
            secrets.Add(("AMQP-wachtwoord", amqpPassword));
        }

        if (httpApiKey is not null)
        {
            secrets.Add(("HTTP-sleutel-id", httpCredentialId!));
            secrets.Add(("HTTP-sleutel", httpApiKey));
        }

        return secrets;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var page = await schools.ListAsync(Query.Q, Query.Offset, Query.Limit, cancellationToken);
        Schools = new PagedList<SchoolRow>(page.Items, page.Total, Query);
        Certificate = duoCertificate.Check();
    }
}

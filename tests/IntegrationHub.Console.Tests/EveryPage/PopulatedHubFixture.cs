using IntegrationHub.Console.Tests.Beheer;
using IntegrationHub.Console.Tests.Bureau;
using IntegrationHub.Console.Tests.Support;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.EveryPage;

/// <summary>
/// The partner hub (worker with DUO's stand-in, console) with something on every detail page, all made the real way
/// through the school's LVS on the broker (<see cref="PopulatedHub"/>): a melding registered at DUO and routed to the
/// bureau, a MAZL referral to the JGZ with the advice a JGZ user gave in Chromium, a provisional finding, a melding
/// parked for an unknown woongemeente, and a failed message. Made once, by whichever test asks first.
/// </summary>
public sealed class PopulatedHubFixture : PartnerHubFixture
{
    /// <summary>A woongemeente no directory knows: the melding stays parked.</summary>
    public const string UnknownGemeente = "GM9999";

    private const string FourSickReports = "4-ziekmeldingen-in-12-schoolweken";

    private Task<PopulatedHub>? _populated;

    public Task<PopulatedHub> PopulatedAsync() => _populated ??= PopulateAsync();

    private async Task<PopulatedHub> PopulateAsync()
    {
        var melding = await RegisteredMeldingAsync();
        await Directory.SetJgzAsync(new JgzAssignment(SchoolBrin, null, JgzOrganisation, JgzAssignment.Consent,
            new DateOnly(2025, 1, 1), null, "test", Illustrative: true), CancellationToken.None);
        await using var lvs = await ConnectSchoolAsync();

        var referred = LvsFacts.Pupil(221);
        await lvs.PublishAllAsync([
            LvsFacts.Enrolment(SchoolBrin, referred),
            LvsFacts.Consent(SchoolBrin, referred, "consent-mazl-221", ConsentScope.MazlReferral),
            LvsFacts.Consent(SchoolBrin, referred, "consent-advies-221", ConsentScope.JgzAdviceToSchool),
            .. LvsFacts.SickEpisodes(SchoolBrin, referred)]);
        var finding = await lvs.WaitForAsync(f => f.Is("FindingRaised") && f.Text("criterion") == FourSickReports && f.Text("lvsPupilKey") == referred.LvsPupilKey,
            "the MAZL finding of " + referred.LvsPupilKey);
        await lvs.PublishAllAsync([LvsFacts.Conversation(SchoolBrin, referred, finding.Text("findingId")!)]);
        var sent = await lvs.WaitForAsync(f => f.Is("MazlReferralSent") && f.Text("lvsPupilKey") == referred.LvsPupilKey, "MazlReferralSent");
        var referralId = sent.Guid("referralId")!.Value;
        await GiveAdviceAsync(referralId);
        await lvs.WaitForAsync(f => f.Is("JgzAdviceReceived") && f.Guid("referralId") == referralId, "JgzAdviceReceived");

        var provisional = LvsFacts.Pupil(222);
        await lvs.PublishAllAsync([LvsFacts.Enrolment(SchoolBrin, provisional), .. LvsFacts.RecentSixteenHours(SchoolBrin, provisional, DateOnly.FromDateTime(DateTime.UtcNow))]);
        await lvs.WaitForAsync(f => f.Is("FindingRaised") && f.Text("lvsPupilKey") == provisional.LvsPupilKey && f.Text("kind") == "melding-16-uur"
            && f.Message.GetProperty("isProvisional").GetBoolean(), "the provisional melding-16-uur finding of " + provisional.LvsPupilKey);

        var unroutable = LvsFacts.Pupil(223);
        await lvs.PublishAllAsync([LvsFacts.Enrolment(SchoolBrin, unroutable) with { WoongemeenteCode = UnknownGemeente }, .. LvsFacts.SixteenHours(SchoolBrin, unroutable)]);
        var parked = await lvs.WaitForAsync(f => f.Is("PartnerDeliveryParked") && f.Text("lvsPupilKey") == unroutable.LvsPupilKey, "PartnerDeliveryParked");

        var failed = await FailedMessageAsync();
        return new PopulatedHub(melding, referralId, referred.LvsPupilKey, provisional.LvsPupilKey, parked.Guid("subjectId")!.Value, failed);
    }

    /// <summary>The JGZ user gives advice on the referral in Chromium, as <see cref="Jgz.JgzReferralTests"/> does.</summary>
    private async Task GiveAdviceAsync(Guid referralId)
    {
        await using var browser = await BrowserSession.StartAsync(BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(Jgz);
        await page.GotoAsync($"/Jgz/Verwijzing/{referralId}");
        await page.GetByLabel("gedeeltelijk deelnemen").CheckAsync();
        await page.GetByLabel("beperkt", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Opbouwen vanaf (uren per week)").FillAsync("12");
        await page.GetByLabel("rustmomenten").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Advies versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Doorgestuurd", new() { Timeout = 30_000 });
    }

    /// <summary>One absence PostgreSQL refuses (<see cref="IntakeRefusal"/>) until the intake gives up and stores it as failed.</summary>
    private async Task<Guid> FailedMessageAsync()
    {
        var absence = AttendanceSubmissions.Absence(SchoolBrin, pupil: 224, registrationId: IntakeRefusal.Prefix + Guid.NewGuid().ToString("N"));
        await IntakeRefusal.InstallAsync(DataSource);
        try
        {
            await AttendanceSubmissions.PublishAsync(VirtualHost.Name, SchoolCredentials, [absence]);
            if (!await BeheerDatabase.WaitUntilAsync(async () => await DataSource.FailedMessagesAsync(SchoolBrin, "failed") >= 1, Lvs.Bound))
            {
                throw new Xunit.Sdk.XunitException("The intake did not give up on the refused message in time.");
            }
        }
        finally
        {
            await IntakeRefusal.RemoveAsync(DataSource);
        }

        return absence.Envelope.MessageId;
    }
}

using System.Text.RegularExpressions;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Routing;
using IntegrationHub.Console.Tests.School;
using IntegrationHub.Console.Tests.Support;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Testing;
using Microsoft.Playwright;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>
/// The operator's fixes with real data in Chromium against the real worker and console: a melding parked for a woongemeente
/// without a leerplicht organisation reaches the partner after the operator sets a route and re-routes it; a school
/// connected in the browser gets AMQP and HTTP credentials that work on the real broker and the worker's HTTP intake, and
/// a rotated password or revoked key stops working.
/// </summary>
public sealed class OperatorFlowsTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    /// <summary>A page after a POST and a redirect may take a while on a loaded machine (Playwright's expect waits 5 s by default).</summary>
    private const float BrowserTimeout = 30_000;

    /// <summary>A gemeente the test adds to the directory without a leerplicht organisation (not a real CBS code in the shipped data).</summary>
    private const string Unmapped = "GM1999";

    [Fact]
    public async Task Should_deliver_the_parked_melding_to_the_partner_when_an_operator_sets_a_route_in_the_adresboek_and_reroutes_it()
    {
        await hub.Directory.ImportGemeentenAsync(
            [new CbsGemeente(Unmapped, "Testgemeente", "MC21", "Agglomeratie Amsterdam", "GG3406", "GGD Amsterdam", "test: a gemeente without a leerplicht organisation")],
            new DateOnly(2025, 1, 1), closeMissing: false, CancellationToken.None);
        await using var partner = await QueueReader.PartnerAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, ConsoleHubFixture.BureauOrganisation);
        await using var lvs = await QueueReader.SchoolAsync(hub.VirtualHost.Name, hub.SchoolBrin, hub.SchoolCredentials.AmqpUsername, hub.SchoolCredentials.AmqpPassword!);
        var pupil = new SixteenHours(hub.SchoolBrin, 801, Unmapped);
        await pupil.SendAsync(lvs);
        var parked = await lvs.WaitForAsync(m => m.ShortType == "PartnerDeliveryParked");
        Assert.Equal(ParkReasons.WoongemeenteUnmapped, parked.Text("reason"));
        var meldingId = parked.Message.GetProperty("subjectId").GetGuid();

        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);
        await page.GotoAsync("/Beheer/Geparkeerd?q=" + Unmapped);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = meldingId.ToString() });
        await Assertions.Expect(row).ToContainTextAsync("Woongemeente heeft geen leerplichtorganisatie in het adresboek", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await Assertions.Expect(row).ToContainTextAsync("gemeente " + Unmapped);
        await row.GetByRole(AriaRole.Link, new() { Name = "Gemeente " + Unmapped + " in het adresboek" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/Beheer/Adresboek\?q=" + Regex.Escape(Unmapped) + "$"), new() { Timeout = BrowserTimeout });
        await Assertions.Expect(page.GetByRole(AriaRole.Searchbox).First).ToHaveValueAsync(Unmapped);
        await page.GetByLabel("Gemeentecode", new() { Exact = true }).FillAsync(Unmapped);
        await page.GetByLabel("Organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = ConsoleHubFixture.BureauOrganisation });
        await page.GetByLabel("Geldig vanaf", new() { Exact = true }).FillAsync("2025-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Route opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Unmapped + ": route toegevoegd.", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.DoesNotContain(partner.All, m => m.MeldingId == meldingId); // nothing is delivered before the re-route

        await page.GotoAsync("/Beheer/Geparkeerd?q=" + Unmapped);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw routeren: Verzuimmelding " + meldingId }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 geparkeerde levering(en) opnieuw naar de routering gestuurd.", new() { Timeout = BrowserTimeout });
        Assert.EndsWith("/Beheer/Geparkeerd?q=" + Unmapped, page.Url, StringComparison.Ordinal); // the operator's search is kept
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = meldingId.ToString() })).ToHaveCountAsync(0, new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var notification = await partner.WaitForAsync(m => m.ShortType == "VerzuimmeldingNotification" && m.MeldingId == meldingId);
        Assert.Equal(Unmapped, notification.Text("woongemeente"));
        await lvs.WaitForAsync(m => m.ShortType == "VerzuimmeldingSent" && m.MeldingId == meldingId);
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("parked.reroute", hub.Operator.Name));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("directory.set-leerplicht", hub.Operator.Name));
    }

    [Fact]
    public async Task Should_accept_only_the_newest_credentials_when_an_operator_connects_a_school_and_rotates_its_amqp_password_and_http_key()
    {
        var brin = hub.NewBrin();
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);
        await page.GotoAsync("/Beheer/Scholen");
        await page.GetByLabel("BRIN-code", new() { Exact = true }).FillAsync(brin);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Browserschool");
        await page.GetByLabel("Naam melder").FillAsync("T. Coördinator");
        await page.GetByLabel("Functie melder").FillAsync("verzuimcoördinator");
        await page.GetByLabel("Telefoon melder").FillAsync("0101234567");
        await page.GetByLabel("E-mail melder").FillAsync("verzuim@test.example");
        await page.GetByLabel("Door school ondernomen actie").FillAsync("Gesprek met ouders.");
        await page.GetByLabel("Ontvangstbevestigingen gebundeld").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "School aansluiten" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"School {brin} is aangesloten.", new() { Timeout = BrowserTimeout });
        Assert.True(await hub.DataSource.BatchedAcceptanceAsync(brin));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var connected = await SecretsAsync(page);
        var user = connected["AMQP-gebruiker"];
        var firstPassword = connected["AMQP-wachtwoord"];
        var firstKey = connected["HTTP-sleutel"];
        await ConnectAsync(user, firstPassword);
        Assert.Equal(HttpStatusCode.OK, await SubmitAsync(brin, firstKey));

        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuw AMQP-wachtwoord voor " + brin }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nieuw AMQP-wachtwoord voor " + brin, new() { Timeout = BrowserTimeout });
        var rotated = await SecretsAsync(page);
        Assert.Equal(user, rotated["AMQP-gebruiker"]);
        Assert.NotEqual(firstPassword, rotated["AMQP-wachtwoord"]);
        await ConnectAsync(user, rotated["AMQP-wachtwoord"]);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(user, firstPassword));

        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe HTTP-sleutel voor " + brin }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("HTTP-sleutel", new() { Timeout = BrowserTimeout });
        var secondKey = (await SecretsAsync(page))["HTTP-sleutel"];
        Assert.Equal(HttpStatusCode.OK, await SubmitAsync(brin, firstKey)); // both work until the operator revokes the older
        Assert.Equal(HttpStatusCode.OK, await SubmitAsync(brin, secondKey));
        await page.GetByRole(AriaRole.Button, new() { Name = $"Oudere sleutels intrekken (HTTP, {brin})" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"1 oudere HTTP-sleutel(s) van {brin} ingetrokken", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        Assert.Equal(HttpStatusCode.Unauthorized, await SubmitAsync(brin, firstKey));
        Assert.Equal(HttpStatusCode.OK, await SubmitAsync(brin, secondKey));

        // Connected with batched acceptance: the four accepted submissions were answered in SubmissionsAccepted, not one by one.
        Assert.Equal((4, 0), await hub.DataSource.AcceptanceAnswersAsync(brin));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("schools.connect", hub.Operator.Name));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("schools.rotate-amqp-password", hub.Operator.Name));
    }

    /// <summary>The once-shown secrets on the page (label, value), from the alert's definition list.</summary>
    private static async Task<Dictionary<string, string>> SecretsAsync(IPage page)
    {
        var alert = page.GetByRole(AriaRole.Alert);
        var labels = await alert.Locator("dt").AllInnerTextsAsync();
        var values = await alert.Locator("dd").AllInnerTextsAsync();
        Assert.Equal(labels.Count, values.Count);
        return labels.Zip(values).ToDictionary(p => p.First.Trim(), p => p.Second.Trim(), StringComparer.Ordinal);
    }

    /// <summary>Opens (and closes) an AMQP connection to the test vhost as the school's broker user.</summary>
    private async Task ConnectAsync(string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = hub.VirtualHost.Name,
            UserName = user,
            Password = password,
            ClientProvidedName = "console-tests-credentials",
            AutomaticRecoveryEnabled = false,
        };
        await using var connection = await factory.CreateConnectionAsync();
        Assert.True(connection.IsOpen);
    }

    /// <summary>POSTs one absence to the worker's HTTP intake with <paramref name="apiKey"/>; 200 only when every item was accepted.</summary>
    private async Task<HttpStatusCode> SubmitAsync(string brin, string apiKey)
    {
        var absence = AttendanceSubmissions.Absence(brin, pupil: 90, registrationId: "http-" + Guid.NewGuid().ToString("N"));
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/submissions", UriKind.Relative))
        {
            Content = new StringContent($"{{\"items\":[{AttendanceSubmissions.HttpItem(absence)}]}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return response.StatusCode;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var outcome = body.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString();
        Assert.True(outcome == "accepted", $"The intake answered {outcome}: {body.RootElement.GetRawText()}");
        return response.StatusCode;
    }
}

using System.Text.RegularExpressions;
using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>
/// Must show: an operator retries a failed-message group in the browser and the messages are applied once. The failures
/// are real: the worker's AMQP intake keeps failing on three absences PostgreSQL refuses (<see cref="IntakeRefusal"/>)
/// until it gives up and stores them as failed; the refusal is then removed (the cause fixed) and the operator retries.
/// </summary>
public sealed partial class FailedMessagesTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Should_apply_each_message_once_when_an_operator_retries_the_failed_group_in_the_browser()
    {
        var brin = hub.SchoolBrin;
        var messages = Enumerable.Range(1, 3)
            .Select(n => AttendanceSubmissions.Absence(brin, pupil: 40 + n, registrationId: IntakeRefusal.Prefix + Guid.NewGuid().ToString("N")))
            .ToList();
        await IntakeRefusal.InstallAsync(hub.DataSource);
        await AttendanceSubmissions.PublishAsync(hub.VirtualHost.Name, hub.SchoolCredentials, messages);
        Assert.True(
            await BeheerDatabase.WaitUntilAsync(async () => await hub.DataSource.FailedMessagesAsync(brin, "failed") == 3, Patience),
            "The intake did not give up on the refused messages in time.");
        foreach (var message in messages)
        {
            Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
        }

        await IntakeRefusal.RemoveAsync(hub.DataSource);

        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);
        await page.GotoAsync("/Beheer/Berichten?q=" + brin);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mislukte berichten");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var groups = page.GetByRole(AriaRole.Table, new() { NameRegex = CausesCaption() });
        await Assertions.Expect(groups.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(groups).ToContainTextAsync("refused by the console test");
        await groups.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByText("3 open, 0 gearchiveerd, 0 opnieuw aangeboden")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Archive and restore the group, and mark it under investigation: each lands in the group's state.
        await page.GetByRole(AriaRole.Button, new() { Name = "Alle open berichten archiveren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 bericht(en) gearchiveerd.");
        await Assertions.Expect(page.GetByText("0 open, 3 gearchiveerd, 0 opnieuw aangeboden")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gearchiveerde berichten terugzetten (3)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 bericht(en) teruggezet naar open.");
        await page.GetByLabel("Naam van wie het onderzoekt").FillAsync("Jan Beheer");
        await page.GetByLabel("Notitie over de oorzaak").FillAsync("Trigger op school_records weigert de registraties; verwijderd.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Markeren als in onderzoek" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De groep staat in onderzoek.");
        await Assertions.Expect(page.GetByText("In onderzoek door Jan Beheer")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "failed-messages");

        await page.GetByRole(AriaRole.Button, new() { Name = "Alle open berichten opnieuw aanbieden (3)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 bericht(en) opnieuw aangeboden.");

        // Each message is applied: once in the ledger, once accepted; and nothing comes twice (wait a little longer).
        foreach (var message in messages)
        {
            var id = message.Envelope.MessageId;
            Assert.True(await BeheerDatabase.WaitUntilAsync(async () => await hub.DataSource.LedgerRowsAsync(id) >= 1, Patience), $"Message {id} was not applied after the retry.");
        }

        // A second retry of one message (from its own page) is answered by the intake's idempotency, not applied again.
        await page.GetByRole(AriaRole.Link, new() { Name = messages[0].Envelope.MessageId.ToString() }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mislukt bericht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw aanbieden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het bericht is opnieuw aangeboden.");
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Keren dat dit bericht opnieuw is aangeboden" });
        await Assertions.Expect(history.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(history).ToContainTextAsync(hub.Operator.Name);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The list of all failed messages finds them by school and state.
        await page.GotoAsync($"/Beheer/Berichten/Lijst?q={brin}&status=opnieuw-aangeboden");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Mislukte berichten (3)" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Task.Delay(TimeSpan.FromSeconds(5));

        foreach (var message in messages)
        {
            Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
            Assert.Equal(1, await hub.DataSource.AcceptedSubmissionsAsync(message.Envelope.MessageId));
        }

        Assert.Equal(0, await hub.DataSource.FailedMessagesAsync(brin, "failed"));
        Assert.Equal(3, await hub.DataSource.FailedMessagesAsync(brin, "replayed"));
        var retries = await hub.DataSource.RetriesAsync(brin);
        Assert.Equal(4, retries.Count);
        Assert.All(retries, r => Assert.Equal((hub.Operator.Name, "sent"), (r.By, r.Outcome)));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("failed-messages.retry-group", hub.Operator.Name));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("failed-messages.retry", hub.Operator.Name));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("failed-messages.archive-group", hub.Operator.Name));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("failed-messages.restore-group", hub.Operator.Name));
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("failed-messages.investigate-group", hub.Operator.Name));
    }

    [GeneratedRegex("^Oorzaken van mislukte berichten")]
    private static partial Regex CausesCaption();
}

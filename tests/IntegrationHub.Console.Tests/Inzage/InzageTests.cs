using System.Text;
using Dapper;
using IntegrationHub.Application.Routing;
using IntegrationHub.Console.Tests.School;
using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;
using PdfSharp.Pdf.IO;

namespace IntegrationHub.Console.Tests.Inzage;

/// <summary>
/// Inzage (AVG art. 15) in Chromium: an operator finds a pupil by BSN, the lookup is audited with the pseudonym and never
/// the number, and the pupil's disclosure list is shown and exported as CSV and as a valid PDF holding the entries.
/// </summary>
public sealed class InzageTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    [Fact]
    public async Task Should_audit_the_lookup_without_the_number_and_export_the_disclosures_as_csv_and_pdf_when_an_operator_handles_an_inzage_request()
    {
        await using var partner = await QueueReader.PartnerAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, ConsoleHubFixture.BureauOrganisation);
        await using var lvs = await QueueReader.SchoolAsync(hub.VirtualHost.Name, hub.SchoolBrin, hub.SchoolCredentials.AmqpUsername, hub.SchoolCredentials.AmqpPassword!);
        var pupil = new SixteenHours(hub.SchoolBrin, 702);
        await pupil.SendAsync(lvs);
        var disclosed = await partner.WaitForAsync(m => m.ShortType == "VerzuimmeldingNotification");
        var messageId = disclosed.EnvelopeMessageId.ToString();

        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.Operator);
        var page = browser.Page;
        await page.GotoAsync("/Beheer/Inzage");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Persoonsgebonden nummer").FillAsync(pupil.Bsn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(messageId);
        Assert.DoesNotContain(pupil.Bsn, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(pupil.Bsn, await page.ContentAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var pseudonym = new Uri(page.Url).Query.Split('&').Single(p => p.TrimStart('?').StartsWith("leerling=", StringComparison.Ordinal)).Split('=')[1];

        var csv = Encoding.UTF8.GetString(await DownloadAsync(page, "Exporteren als CSV"));
        var pdf = await DownloadAsync(page, "Exporteren als PDF");

        Assert.Contains(messageId, csv, StringComparison.Ordinal);
        Assert.Contains("leerplicht", csv, StringComparison.Ordinal);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        using var opened = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.True(opened.PageCount >= 1);
        var text = string.Concat(Enumerable.Range(0, opened.PageCount).Select(i => Encoding.Latin1.GetString(opened.Pages[i].Contents.CreateSingleContent().Stream.UnfilteredValue)));
        Assert.Contains(messageId, text, StringComparison.Ordinal);

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var audit = (await connection.QueryAsync<(string Action, string ObjectId, string? Detail)>(
            "SELECT action, object_id, detail FROM console_audit WHERE action LIKE 'inzage.%' ORDER BY id")).ToList();
        Assert.Contains(audit, a => a.Action == "inzage.opzoeken" && a.ObjectId == pseudonym);
        Assert.Contains(audit, a => a.Action == "inzage.export.csv" && a.ObjectId == pseudonym);
        Assert.Contains(audit, a => a.Action == "inzage.export.pdf" && a.ObjectId == pseudonym);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*)::int FROM console_audit WHERE object_id LIKE '%' || @Bsn || '%' OR detail LIKE '%' || @Bsn || '%'", new { pupil.Bsn }));
        Assert.DoesNotContain(pupil.Bsn, hub.ConsoleOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_number_that_fails_the_elfproef_and_audit_the_refusal_without_it_when_an_operator_mistypes()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.Operator);
        await browser.Page.GotoAsync("/Beheer/Inzage");
        await browser.Page.GetByLabel("Persoonsgebonden nummer").FillAsync("999990001");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Opzoeken" }).ClickAsync();

        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("elfproef");
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*)::int FROM console_audit WHERE object_id LIKE '%999990001%' OR detail LIKE '%999990001%'"));
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT count(*)::int FROM console_audit WHERE action = 'inzage.opzoeken' AND detail LIKE 'geweigerd:%'") >= 1);
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path!);
    }
}

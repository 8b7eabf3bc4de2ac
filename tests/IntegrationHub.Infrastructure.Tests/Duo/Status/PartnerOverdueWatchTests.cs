using System.Text.Json.Nodes;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Polling;

namespace IntegrationHub.Infrastructure.Tests.Duo.Status;

/// <summary>The terugkoppelgarantie on real PostgreSQL with an injected clock: overdue only after the term, told once.</summary>
public sealed class PartnerOverdueWatchTests : IAsyncLifetime
{
    private DuoStatusLoop _loop = null!;

    public async Task InitializeAsync() => _loop = await DuoStatusLoop.StartAsync();

    public async Task DisposeAsync() => await _loop.DisposeAsync();

    [Fact]
    public async Task Should_tell_the_school_once_with_the_routed_organisation_only_after_the_term_when_no_status_came()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync("rbl-eem-en-vallei");
        var poller = _loop.NewPoller();
        using var counted = _loop.Collect<long>(DuoStatusMetrics.PartnerOverdueName);
        var term = TimeSpan.FromDays(_loop.Options.PartnerOverdueAfterDays);

        _loop.Time.Advance(term - TimeSpan.FromMinutes(1));
        var beforeTerm = await poller.Overdue.RunAsync(CancellationToken.None);
        _loop.Time.Advance(TimeSpan.FromMinutes(1));
        var atTerm = await poller.Overdue.RunAsync(CancellationToken.None);
        _loop.Time.Advance(TimeSpan.FromDays(3));
        var later = await poller.Overdue.RunAsync(CancellationToken.None);

        Assert.Empty(beforeTerm);
        Assert.Equal(meldingId, Assert.Single(atTerm).Melding.MeldingId);
        Assert.Empty(later);
        var feedback = Assert.Single(await _loop.FeedbackAsync(meldingId));
        Assert.Equal("PartnerStatusOverdue", feedback.Type);
        var body = JsonNode.Parse(feedback.Body)!;
        Assert.Equal((nummer, "rbl-eem-en-vallei", "leerplicht", 14), ((string)body["meldingsnummer"]!, (string)body["organisation"]!["organisationId"]!,
            (string)body["organisation"]!["kind"]!, (int)body["termDays"]!));
        Assert.NotNull(await _loop.ScalarAsync<DateTime?>("SELECT overdue_notified_at FROM duo_meldingen WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
        Assert.Equal(1, counted.GetMeasurementSnapshot().Sum(m => m.Value));
        var listed = Assert.Single(await poller.Store.ListOverdueAsync(_loop.Time.GetUtcNow(), _loop.Options.PartnerOverdueAfterDays, CancellationToken.None));
        Assert.Equal((meldingId, "rbl-eem-en-vallei"), (listed.MeldingId, listed.OrganisationId));
    }

    [Fact]
    public async Task Should_not_raise_overdue_when_the_gemeente_set_a_status_within_the_term()
    {
        var (meldingId, nummer) = await _loop.RegisteredMeldingAsync("rbl-eem-en-vallei");
        var poller = _loop.NewPoller();
        _loop.Time.Advance(TimeSpan.FromDays(3));
        _loop.Register.SetStatus(nummer, DuoStatus.B);
        await poller.Pass.RunAsync(CancellationToken.None);

        _loop.Time.Advance(TimeSpan.FromDays(_loop.Options.PartnerOverdueAfterDays * 2));
        var notices = await poller.Overdue.RunAsync(CancellationToken.None);

        Assert.Empty(notices);
        Assert.Equal(["VerzuimmeldingStatusChanged"], (await _loop.FeedbackAsync(meldingId)).Select(f => f.Type));
    }

    [Fact]
    public async Task Should_raise_overdue_without_an_organisation_when_the_hub_did_not_route_the_melding()
    {
        var (meldingId, _) = await _loop.RegisteredMeldingAsync();
        _loop.Time.Advance(TimeSpan.FromDays(_loop.Options.PartnerOverdueAfterDays + 1));

        var notice = Assert.Single(await _loop.NewPoller().Overdue.RunAsync(CancellationToken.None));

        Assert.Null(notice.Melding.OrganisationId);
        var body = JsonNode.Parse(Assert.Single(await _loop.FeedbackAsync(meldingId)).Body)!;
        Assert.Null(body["organisation"]);
    }
}

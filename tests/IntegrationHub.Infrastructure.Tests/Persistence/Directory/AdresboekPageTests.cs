using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Directory;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Directory;

/// <summary>
/// The Adresboek's pages searched and paged by the directory store (more rows than one console page of 25). Each test
/// uses its own codes (GM93xx, BRIN 93xx) so the tests share one database.
/// </summary>
public sealed class AdresboekPageTests(DirectoryDatabase db) : IClassFixture<DirectoryDatabase>
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly DateOnly On = new(2026, 10, 5);

    [Fact]
    public async Task Should_page_the_routes_in_the_store_with_the_total_when_thirty_gemeenten_match_the_search()
    {
        var codes = Enumerable.Range(1, 30).Select(n => $"GM93{n:00}").ToArray();
        await db.ImportAsync(From, closeMissing: false, [.. codes.Select(c => DirectoryDatabase.Gemeente(c))]);
        var organisation = await db.OrganisationAsync(PartnerKind.Leerplicht, "lp-9300");
        foreach (var code in codes)
        {
            await db.SetLeerplichtAsync(code, organisation, From);
        }

        await db.SetLeerplichtAsync("GM9301", organisation, new DateOnly(2027, 1, 1), pupilKind: "vso");

        var first = await db.Store.RoutesPageAsync(On, "GM93", 0, 25, CancellationToken.None);
        var second = await db.Store.RoutesPageAsync(On, "gm93", 25, 25, CancellationToken.None);
        var byName = await db.Store.RoutesPageAsync(On, "Testgemeente GM9317", 0, 25, CancellationToken.None);
        var byOrganisation = await db.Store.RoutesPageAsync(On, "Organisation lp-9300", 0, 25, CancellationToken.None);
        var wildcard = await db.Store.RoutesPageAsync(On, "GM93%", 0, 25, CancellationToken.None);

        Assert.Equal((25, 30), (first.Items.Count, first.Total));
        Assert.Equal((5, 30), (second.Items.Count, second.Total));
        Assert.Equal(codes, first.Items.Concat(second.Items).Select(r => r.GemeenteCode));
        var row = first.Items[0];
        Assert.Equal(new AdresboekRoute("GM9301", "Testgemeente GM9301", null, "lp-9300", "Organisation lp-9300", From, null, true, false), row);
        Assert.Equal("GM9317", Assert.Single(byName.Items).GemeenteCode);
        Assert.Equal(30, byOrganisation.Total);
        Assert.Equal(0, wildcard.Total);
    }

    [Fact]
    public async Task Should_page_the_jgz_assignments_in_the_store_with_the_total_when_twenty_seven_schools_match_the_search()
    {
        var organisation = await db.OrganisationAsync(PartnerKind.Jgz, "jgz-9300");
        var brins = Enumerable.Range(0, 27).Select(n => "93" + (char)('A' + (n / 26)) + (char)('A' + (n % 26))).ToArray();
        foreach (var brin in brins)
        {
            await db.Store.SetJgzAsync(new JgzAssignment(brin, null, organisation, JgzAssignment.Consent, From, null, "test data", false), CancellationToken.None);
        }

        await db.Store.SetJgzAsync(new JgzAssignment("93AA", "01", organisation, JgzAssignment.NoticeToParents, From, null, "test data", false), CancellationToken.None);

        var first = await db.Store.JgzPageAsync(On, "jgz-9300", 0, 25, CancellationToken.None);
        var second = await db.Store.JgzPageAsync(On, "jgz-9300", 25, 25, CancellationToken.None);
        var oneSchool = await db.Store.JgzPageAsync(On, "93aa", 0, 25, CancellationToken.None);
        var before = await db.Store.JgzPageAsync(From.AddDays(-1), "jgz-9300", 0, 25, CancellationToken.None);

        Assert.Equal((25, 28), (first.Items.Count, first.Total));
        Assert.Equal((3, 28), (second.Items.Count, second.Total));
        Assert.Equal(
            [new AdresboekJgz("93AA", null, "jgz-9300", "Organisation jgz-9300", JgzAssignment.Consent, From, null),
             new AdresboekJgz("93AA", "01", "jgz-9300", "Organisation jgz-9300", JgzAssignment.NoticeToParents, From, null)],
            oneSchool.Items);
        Assert.Equal(0, before.Total);
    }
}

using Dapper;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Directory;

public sealed class ShippedDirectoryDataTests(DirectoryDatabase db) : IClassFixture<DirectoryDatabase>
{
    private static readonly string DataDirectory = Path.Combine(RepositoryRoot(), "infra", "directory");

    [Fact]
    public async Task Should_load_every_shipped_row_with_its_provenance_and_change_nothing_when_loaded_again()
    {
        var loader = db.Services.GetRequiredService<DirectoryLoader>();

        var first = await loader.LoadAsync(DataDirectory, CancellationToken.None);
        var second = await loader.LoadAsync(DataDirectory, CancellationToken.None);

        Assert.Equal((DirectoryDataFiles.ReadOrganisations(DataDirectory).Count, 0, 0), (first.OrganisationsAdded, first.LeerplichtKept, first.JgzKept));
        Assert.True(first.GemeenteTables.Single().Result.Opened >= 27, "two RMC regions' gemeenten at least");
        Assert.False(second.ChangedAnything);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var withoutProvenance = await connection.ExecuteScalarAsync<long>("""
            SELECT (SELECT count(*) FROM partner_organisations WHERE btrim(provenance) = '')
                 + (SELECT count(*) FROM directory_gemeenten WHERE btrim(provenance) = '')
                 + (SELECT count(*) FROM directory_leerplicht WHERE btrim(provenance) = '')
                 + (SELECT count(*) FROM directory_jgz WHERE btrim(provenance) = '')
            """);
        Assert.Equal(0, withoutProvenance);
        var illustrativeUnmarked = await connection.ExecuteScalarAsync<long>("""
            SELECT (SELECT count(*) FROM directory_leerplicht WHERE illustrative <> (provenance LIKE 'illustrative%'))
                 + (SELECT count(*) FROM directory_jgz WHERE illustrative <> (provenance LIKE 'illustrative%'))
            """);
        Assert.Equal(0, illustrativeUnmarked);
    }

    [Fact]
    public void Should_ship_at_least_two_whole_rmc_regions_whose_rows_say_they_are_not_verified()
    {
        var gemeenten = DirectoryDataFiles.GemeenteTables(DataDirectory).SelectMany(t => DirectoryDataFiles.ReadGemeenten(t.Path)).ToArray();

        var regions = gemeenten.GroupBy(g => g.RmcRegionCode).Where(g => g.Count() >= 10).Select(g => g.Key).Order().ToArray();

        Assert.Equal(["MC16", "MC19"], regions);
        Assert.All(gemeenten, g => Assert.Contains("not verified against CBS", g.Provenance, StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHub.sln not found above " + AppContext.BaseDirectory);
    }
}

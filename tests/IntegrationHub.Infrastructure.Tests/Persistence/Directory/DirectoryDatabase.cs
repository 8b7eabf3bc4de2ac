using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Directory;

/// <summary>A test class's own migrated database with the directory wired as AddDirectory wires it, and helpers to fill it.</summary>
public class DirectoryDatabase : MigratedDatabase
{
    public IDirectory Directory => Services.GetRequiredService<IDirectory>();

    public NpgsqlDirectoryStore Store => Services.GetRequiredService<NpgsqlDirectoryStore>();

    public static CbsGemeente Gemeente(string code, string rmc = "MC90", string naam = "Testgemeente") =>
        new(code, naam + " " + code, rmc, "Testregio " + rmc, "GG9001", "GGD Test", "test data");

    /// <summary>Adds the organisation (idempotent) and returns it.</summary>
    public async Task<string> OrganisationAsync(PartnerKind kind, string id)
    {
        await Store.AddOrganisationAsync(new DirectoryOrganisation(id, kind, "Organisation " + id, "test data"), CancellationToken.None);
        return id;
    }

    public Task<GemeenteImportResult> ImportAsync(DateOnly from, bool closeMissing, params CbsGemeente[] gemeenten) =>
        Store.ImportGemeentenAsync(gemeenten, from, closeMissing, CancellationToken.None);

    public Task<DirectoryChange> SetLeerplichtAsync(string gemeente, string organisation, DateOnly from, string? pupilKind = null, bool notify = true, bool mazl = false) =>
        Store.SetLeerplichtAsync(new LeerplichtRoute(gemeente, pupilKind, organisation, notify, mazl, from, null, "test data", false), CancellationToken.None);

    public Task<GemeenteRoute?> FindAsync(string gemeente, DateOnly on, params string[] pupilKinds) =>
        Directory.FindGemeenteAsync(gemeente, on, pupilKinds, CancellationToken.None);

    protected override void Configure(IServiceCollection services) => services.AddDirectory();
}

using System.IO.Compression;
using System.Xml.Linq;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.Tests.Schema;
using IntegrationHub.Testing;

namespace IntegrationHub.Contracts.Tests.Packaging;

/// <summary>The contracts as integrators get them: <c>dotnet pack</c> of contracts/IntegrationHub.Contracts, opened as the zip it is.</summary>
public sealed class ContractsPackageTests(PackedContracts packed) : IClassFixture<PackedContracts>
{
    private readonly string _package = packed.Package;

    private static string ProjectVersion => ContractsPackage.ProjectVersion;

    [Fact]
    public void Should_name_the_package_after_its_id_and_the_project_version_when_packed() =>
        Assert.Equal($"IntegrationHub.Contracts.{ProjectVersion}.nupkg", Path.GetFileName(_package));

    [Fact]
    public void Should_contain_the_dll_the_readme_the_asyncapi_document_and_every_schema_when_packed()
    {
        using var zip = ZipFile.OpenRead(_package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net10.0/IntegrationHub.Contracts.dll", entries);
        Assert.Contains("lib/net10.0/IntegrationHub.Contracts.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "contracts", "asyncapi.json")),
            Read(zip, "contentFiles/any/any/contracts/asyncapi.json"));
        Assert.All(ContractTypes.All, contract => Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.SchemaDirectory, ContractSchemaExporter.FileName(contract))),
            Read(zip, $"contentFiles/any/any/contracts/schemas/v1/{ContractSchemaExporter.FileName(contract)}")));
    }

    [Fact]
    public void Should_describe_the_package_for_nuget_when_packed()
    {
        using var zip = ZipFile.OpenRead(_package);
        var nuspec = XDocument.Parse(Read(zip, "IntegrationHub.Contracts.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("IntegrationHub.Contracts", Field("id"));
        Assert.Equal(ProjectVersion, Field("version"));
        Assert.Equal("EUPL-1.2", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        Assert.NotEmpty(Field("description"));
        Assert.Equal("git", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("type")!.Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.All(
            metadata.Descendants().Where(e => e.Name.LocalName == "files"),
            files => Assert.Equal("None", files.Attribute("buildAction")!.Value));
    }

    [Fact]
    public void Should_carry_the_package_version_in_the_assembly_when_built()
    {
        var version = typeof(ContractTypes).Assembly.GetName().Version!;

        Assert.Equal(ProjectVersion, $"{version.Major}.{version.Minor}.{version.Build}");
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}

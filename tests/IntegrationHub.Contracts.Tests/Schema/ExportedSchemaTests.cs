using IntegrationHub.Contracts.Schema;

namespace IntegrationHub.Contracts.Tests.Schema;

public sealed class ExportedSchemaTests
{
    private const string HowToFix =
        "The exported schema drifted from the C# contract. Run `dotnet run --project src/IntegrationHub.Cli -- schema export` and commit the result.";

    public static TheoryData<string> Contracts()
    {
        var data = new TheoryData<string>();
        foreach (var type in ContractTypes.All)
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Should_match_the_committed_schema_file_when_exported_from_the_contract(string contractName)
    {
        var contract = ContractTypes.All.Single(t => t.Name == contractName);
        var path = Path.Combine(RepositoryPaths.SchemaDirectory, ContractSchemaExporter.FileName(contract));

        Assert.True(File.Exists(path), $"{path} is missing. {HowToFix}");
        Assert.True(File.ReadAllText(path) == ContractSchemaExporter.Export(contract), $"{path}: {HowToFix}");
    }

    [Fact]
    public void Should_have_no_schema_file_without_a_contract_when_listing_the_directory()
    {
        var expected = ContractTypes.All.Select(ContractSchemaExporter.FileName).Order().ToArray();
        var actual = Directory.GetFiles(RepositoryPaths.SchemaDirectory, "*.schema.json").Select(Path.GetFileName).Order().ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Should_name_the_wire_identity_when_exporting()
    {
        var schema = ContractSchemaExporter.Export(typeof(IntegrationHub.Contracts.V1.AttendanceRegistered));

        Assert.Contains("\"$id\": \"urn:message:IntegrationHub.Contracts.V1:AttendanceRegistered\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"absent-unauthorised\"", schema, StringComparison.Ordinal);
    }
}

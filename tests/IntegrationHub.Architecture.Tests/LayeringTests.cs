namespace IntegrationHub.Architecture.Tests;

public sealed class LayeringTests
{
    private static readonly string[] DataAccess = ["Npgsql", "Dapper", "dbup-core", "dbup-postgresql", "RabbitMQ.Client"];

    [Fact]
    public void Should_reference_only_the_framework_when_the_assembly_is_the_domain()
    {
        var foreign = HubAssemblies.ReferencedNames(HubAssemblies.Domain)
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard")
            .ToArray();

        Assert.Empty(foreign);
    }

    [Fact]
    public void Should_not_reference_the_domain_when_the_assembly_is_the_contracts()
    {
        var names = HubAssemblies.ReferencedNames(HubAssemblies.Contracts);

        Assert.DoesNotContain("IntegrationHub.Domain", names);
        Assert.All(names, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
    }

    [Fact]
    public void Should_not_touch_the_database_or_broker_client_when_the_assembly_is_the_application()
    {
        var names = HubAssemblies.ReferencedNames(HubAssemblies.Application);

        Assert.Empty(names.Intersect(DataAccess));
        Assert.DoesNotContain("IntegrationHub.Infrastructure", names);
    }

    [Fact]
    public void Should_leave_sql_to_the_infrastructure_when_the_assembly_is_a_host()
    {
        Assert.Empty(HubAssemblies.ReferencedNames(HubAssemblies.Worker).Intersect(["Npgsql", "Dapper"]));
        Assert.Empty(HubAssemblies.ReferencedNames(HubAssemblies.Cli).Intersect(["Npgsql", "Dapper"]));
        Assert.Empty(HubAssemblies.ReferencedNames(HubAssemblies.WebConsole).Intersect(["Npgsql", "Dapper"]));
    }
}

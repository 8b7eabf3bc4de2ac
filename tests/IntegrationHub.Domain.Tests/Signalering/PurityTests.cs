using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Domain.Tests.Signalering;

public class PurityTests
{
    [Fact]
    public void Should_reference_only_the_base_library_when_the_domain_is_built()
    {
        var references = typeof(SignaleringEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
    }

    [Theory]
    [InlineData("DateTime.Now")]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.Now")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("TimeProvider")]
    [InlineData("DateOnly.FromDateTime(DateTime")]
    [InlineData("Console.")]
    [InlineData("File.")]
    public void Should_not_read_the_clock_or_do_io_when_deciding(string forbidden)
    {
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/IntegrationHub.Domain"));
        Assert.True(Directory.Exists(source), source);
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && File.ReadAllText(f).Contains(forbidden, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }
}

namespace IntegrationHub.Architecture.Tests;

public sealed class DomainPurityTests
{
    public static TheoryData<string> ForbiddenCalls() =>
    [
        "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow",
        "TimeProvider", "Console.", "File.", "HttpClient", "Task.Run", "async ", "Random.Shared", "new Random(",
        "Guid.NewGuid",
    ];

    [Theory]
    [MemberData(nameof(ForbiddenCalls))]
    public void Should_not_call_the_clock_or_do_io_when_the_code_is_in_the_domain(string forbidden)
    {
        var domainDirectory = Path.Combine(HubAssemblies.RepositoryRoot, "src", "IntegrationHub.Domain");
        var offenders = Directory.EnumerateFiles(domainDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains(forbidden, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(HubAssemblies.RepositoryRoot, path))
            .ToArray();

        Assert.Empty(offenders);
    }
}

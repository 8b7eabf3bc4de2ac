namespace IntegrationHub.Infrastructure.Tests.Duo.Wire;

/// <summary>Where contracts/duo/samples lives in the repository.</summary>
internal static class DuoSampleFiles
{
    public static string Directory { get; } = Path.Combine(FindRoot(), "contracts", "duo", "samples");

    public static string MeldenRequestPath => Path.Combine(Directory, "melden-request.xml");

    public static string MeldenResponsePath => Path.Combine(Directory, "melden-response.xml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntegrationHub.sln not found");
    }
}

namespace IntegrationHub.Cli.Directory;

/// <summary>
/// Where the shipped directory data files are when no --dir is given: infra/directory in the repository, found by
/// walking up from the working directory and from the binary's directory.
/// </summary>
internal static class DirectoryDataPath
{
    public static string? Find() => Find(Environment.CurrentDirectory) ?? Find(AppContext.BaseDirectory);

    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "infra", "directory");
            if (File.Exists(Path.Combine(candidate, "organisations.csv")))
            {
                return candidate;
            }
        }

        return null;
    }
}

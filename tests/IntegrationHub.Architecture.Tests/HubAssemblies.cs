using System.Reflection;

namespace IntegrationHub.Architecture.Tests;

internal static class HubAssemblies
{
    public static Assembly Contracts => typeof(IntegrationHub.Contracts.V1.Envelope).Assembly;

    public static Assembly Domain => typeof(IntegrationHub.Domain.Events.PupilEvent).Assembly;

    public static Assembly Application => typeof(IntegrationHub.Application.Intake.IIntakeService).Assembly;

    public static Assembly Worker => Assembly.Load("IntegrationHub.Worker");

    public static Assembly Cli => Assembly.Load("hub");

    public static Assembly WebConsole => Assembly.Load("IntegrationHub.Console");

    public static string[] ReferencedNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

    public static string RepositoryRoot { get; } = FindRoot();

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

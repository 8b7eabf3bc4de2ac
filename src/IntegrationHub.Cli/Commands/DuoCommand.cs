using System.CommandLine;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub duo ...</c>: the meldingen at DUO's verzuimregister. <c>overdue</c> is the status loop's; the dispatcher's
/// <c>list</c> and <c>show</c> join it here.
/// </summary>
internal static class DuoCommand
{
    public static Command Create() => new("duo", "Meldingen at DUO's verzuimregister")
    {
        DuoOverdueCommand.Create(),
    };
}

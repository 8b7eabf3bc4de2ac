using System.CommandLine;
using IntegrationHub.Cli.Commands;

var root = new RootCommand("hub: the IntegrationHub command line")
{
    MigrateCommand.Create(),
    SchoolCommand.Create(),
    OrgCommand.Create(),
    DirectoryCommand.Create(),
    SchemaCommand.Create(),
    AsyncApiCommand.Create(),
    SampleCommand.Create(),
    ReplayCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    ParkedCommand.Create(),
    DlqCommand.Create(),
    DisclosuresCommand.Create(),
    PurgeCommand.Create(),
    PupilCommand.Create(),
    PseudonymCommand.Create(),
    DuoCommand.Create(),
    ConsoleCommand.Create(),
};

return await root.Parse(args).InvokeAsync();

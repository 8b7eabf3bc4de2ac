using System.CommandLine;
using IntegrationHub.Cli.Commands;

var root = new RootCommand("hub: the IntegrationHub command line")
{
    MigrateCommand.Create(),
    SchoolCommand.Create(),
    SchemaCommand.Create(),
    SampleCommand.Create(),
    ReplayCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    PurgeCommand.Create(),
    PupilCommand.Create(),
};

return await root.Parse(args).InvokeAsync();

using BenchmarkDotNet.Running;
using IntegrationHub.Benchmarks;

// Per-event cost of the rules as the worker runs them (state JSON in, Apply, state JSON out) after a week, a term
// and a school year of history, hot and cold; and the stored state's size per history length.
//   dotnet run -c Release --project src/IntegrationHub.Benchmarks -- --filter '*'
if (args is ["--dump", var history])
{
    Console.WriteLine(Histories.Pupil(history, 0).Json);
    return;
}

Console.WriteLine(StateSizeTable.Build());
BenchmarkSwitcher.FromAssembly(typeof(PerEventBenchmarks).Assembly).Run(args, BenchmarkConfig.Create());

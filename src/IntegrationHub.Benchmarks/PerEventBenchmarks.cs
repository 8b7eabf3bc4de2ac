using BenchmarkDotNet.Attributes;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Benchmarks;

/// <summary>
/// Per-event cost as the worker pays it: deserialize the pupil's state JSON, <c>SignaleringEngine.Apply</c>, serialize
/// it again. Each invocation starts from the stored state after the history and applies the measured week's events
/// in order (each on the JSON the previous one wrote). Hot: one pupil, so its state stays in the CPU cache. Cold:
/// <see cref="ColdPupils"/> pupils interleaved event by event, so most of it misses the cache.
/// </summary>
[MemoryDiagnoser]
public class PerEventBenchmarks
{
    public const int ColdPupils = 32;

    private string hotJson = "";
    private PupilEvent[] hotEvents = [];
    private string[] coldJson = [];
    private PupilEvent[][] coldEvents = [];

    [ParamsSource(nameof(HistoryNames))]
    public string History { get; set; } = "week";

    public static IEnumerable<string> HistoryNames => Histories.Names;

    [GlobalSetup]
    public void Setup()
    {
        (hotJson, hotEvents, _) = Histories.Pupil(History, 0);
        var cold = Enumerable.Range(1, ColdPupils).Select(i => Histories.Pupil(History, i)).ToArray();
        coldJson = [.. cold.Select(c => c.Json)];
        coldEvents = [.. cold.Select(c => c.Measured)];
    }

    [Benchmark(OperationsPerInvoke = Histories.MeasuredEvents)]
    public int Hot()
    {
        var json = hotJson;
        foreach (var e in hotEvents)
        {
            json = PupilStateCodec.Apply(json, e);
        }

        return json.Length;
    }

    [Benchmark(OperationsPerInvoke = Histories.MeasuredEvents * ColdPupils)]
    public int Cold()
    {
        var json = (string[])coldJson.Clone();
        for (var i = 0; i < Histories.MeasuredEvents; i++)
        {
            for (var p = 0; p < json.Length; p++)
            {
                json[p] = PupilStateCodec.Apply(json[p], coldEvents[p][i]);
            }
        }

        return json[0].Length;
    }
}

using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class WorkerGcMetricsTests
{
    private const string Exposition = """
        # TYPE dotnet_gc_last_collection_heap_size_bytes gauge
        # UNIT dotnet_gc_last_collection_heap_size_bytes bytes
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen0"} 0
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen1"} 1176864
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen2"} 16646864
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="loh"} 12021192
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="poh"} 131784 1764650000000
        # TYPE dotnet_gc_last_collection_memory_committed_size_bytes gauge
        dotnet_gc_last_collection_memory_committed_size_bytes{otel_scope_name="System.Runtime"} 7.0361088E7
        dotnet_gc_last_collection_heap_size_bytes_total{gc_heap_generation="gen2"} 999999999
        dotnet_process_memory_working_set_bytes{otel_scope_name="System.Runtime"} 257261568
        """;

    [Fact]
    public void Should_sum_the_generations_and_read_the_committed_size_when_the_worker_exports_the_runtime_meter()
    {
        var metrics = WorkerGcMetrics.Parse(Exposition);

        Assert.Equal(new WorkerGcMetrics(0 + 1_176_864 + 16_646_864 + 12_021_192 + 131_784, 70_361_088), metrics);
    }

    [Fact]
    public void Should_give_null_when_the_exposition_has_no_gc_heap_size()
    {
        Assert.Null(WorkerGcMetrics.Parse("dotnet_process_memory_working_set_bytes 257261568\n"));
    }
}

using IntegrationHub.Infrastructure.Observability;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Hosting;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// docker-compose.yml shows an operator how to scrape the worker: it parses (there is no Docker engine here to run it),
/// it has a Prometheus service whose configuration file exists and parses, and that configuration scrapes the path and the
/// address the worker serves its metrics on by default.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = ContractsPackage.RepositoryRoot;

    [Fact]
    public void Should_scrape_the_documented_metrics_endpoint_when_the_compose_files_prometheus_service_runs()
    {
        var compose = Load(Path.Combine(Root, "docker-compose.yml"));
        var services = (YamlMappingNode)compose["services"];
        var prometheus = (YamlMappingNode)services["prometheus"];
        var volume = ((YamlSequenceNode)prometheus["volumes"]).Children.Select(v => v.ToString()).Single(v => v.EndsWith(":/etc/prometheus/prometheus.yml:ro", StringComparison.Ordinal));
        var configFile = Path.GetFullPath(Path.Combine(Root, volume[..volume.IndexOf(':', StringComparison.Ordinal)]));

        var config = Load(configFile);
        var job = ((YamlSequenceNode)config["scrape_configs"]).Children.Cast<YamlMappingNode>()
            .Single(j => j["job_name"].ToString() == "integrationhub-worker");
        var targets = ((YamlSequenceNode)job["static_configs"]).Children.Cast<YamlMappingNode>()
            .SelectMany(c => ((YamlSequenceNode)c["targets"]).Children.Select(t => t.ToString())).ToList();

        Assert.Equal(Path.Combine(Root, "infra", "prometheus", "prometheus.yml"), configFile);
        Assert.Equal("host", prometheus["network_mode"].ToString());
        Assert.Equal(new ObservabilityOptions().MetricsPath, job["metrics_path"].ToString());
        Assert.Equal([new Uri(HubUrls.Default).Authority], targets);
        Assert.Contains(((YamlSequenceNode)prometheus["command"]).Children, c => c.ToString() == "--config.file=/etc/prometheus/prometheus.yml");
    }

    [Fact]
    public void Should_parse_every_service_with_an_image_when_the_compose_file_is_read()
    {
        var services = (YamlMappingNode)Load(Path.Combine(Root, "docker-compose.yml"))["services"];

        Assert.Contains("rabbitmq", services.Children.Keys.Select(k => k.ToString()));
        Assert.Contains("postgres", services.Children.Keys.Select(k => k.ToString()));
        Assert.All(services.Children.Values.Cast<YamlMappingNode>(), s => Assert.False(string.IsNullOrWhiteSpace(s["image"].ToString())));
    }

    private static YamlMappingNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }
}

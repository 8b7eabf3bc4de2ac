using IntegrationHub.Domain.Settings;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Cli.Replay;

/// <summary>Reads rule-settings layers from a JSON file in the worker's own format (section "Signalering:Settings").</summary>
public static class ReplaySettings
{
    public static IReadOnlyList<RuleSettingsLayer> Read(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var configuration = new ConfigurationBuilder().AddJsonFile(file.FullName, optional: false).Build();
        return configuration.GetSection("Signalering:Settings").Get<List<RuleSettingsLayer>>() ?? [];
    }
}

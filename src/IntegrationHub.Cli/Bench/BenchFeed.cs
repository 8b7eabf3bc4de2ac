namespace IntegrationHub.Cli.Bench;

/// <summary>A generated feed: the schools, every message in publish order, and the number of pupils.</summary>
public sealed record BenchFeed(IReadOnlyList<BenchSchool> Schools, IReadOnlyList<BenchMessage> Messages, int Pupils)
{
    /// <summary>The mean body size in bytes, the size the raw baselines send.</summary>
    public int MeanBodyBytes => Messages.Count == 0 ? 0 : (int)Messages.Average(m => m.Body.Length);
}

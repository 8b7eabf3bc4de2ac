namespace IntegrationHub.Cli.Bench;

/// <summary>The size of a generated feed: pupils spread round-robin over schools, school days from <see cref="BenchFeedGenerator.FirstDay"/>.</summary>
public sealed record BenchFeedSettings(int Pupils, int Days, int Seed, int Schools);

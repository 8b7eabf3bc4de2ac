namespace IntegrationHub.Cli.Bench;

/// <summary>
/// What the publisher did: messages published and confirmed, their mean body size, seconds from the first publish to
/// the last confirm, how far it fell behind the offered rate at worst, and when each publish began (UTC ticks, by id).
/// </summary>
public sealed record PublishOutcome(long Published, int MeanBodyBytes, double Seconds, double MaxBehindMilliseconds, IReadOnlyDictionary<Guid, long> PublishedAt);

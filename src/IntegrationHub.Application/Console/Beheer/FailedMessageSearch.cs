namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// Which failed messages a list shows. <see cref="Query"/> matches a message id (whole or its start), a school (BRIN)
/// or the error text (exception type or reason); <see cref="State"/> is failed, replayed, archived or null for all.
/// </summary>
public sealed record FailedMessageSearch(string? Query, string? GroupKey, string? State);

namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// The failed-message store as the operator's console reads and changes it (the same rows as <c>hub dlq</c>): groups by
/// cause, messages, their retry history, archive and restore, and a group's investigation. Retrying goes through
/// <see cref="IFailedMessageRetry"/>.
/// </summary>
public interface IFailedMessageBoard
{
    /// <summary>Groups with at least one open or archived message matching <paramref name="query"/>, most open first.</summary>
    Task<ResultPage<FailedGroupRow>> GroupsAsync(string? query, int offset, int limit, CancellationToken cancellationToken);

    Task<FailedGroupRow?> GroupAsync(string groupKey, CancellationToken cancellationToken);

    Task<ResultPage<FailedMessageRow>> MessagesAsync(FailedMessageSearch search, int offset, int limit, CancellationToken cancellationToken);

    Task<FailedMessageRow?> MessageAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<FailedRetryRow>> RetriesAsync(long id, CancellationToken cancellationToken);

    /// <summary>The ids of the group's open (failed) messages, oldest first: what a group retry sends back.</summary>
    Task<IReadOnlyList<long>> OpenIdsAsync(string groupKey, CancellationToken cancellationToken);

    /// <returns>Whether an open message was archived.</returns>
    Task<bool> ArchiveAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <returns>Whether an archived message was opened again.</returns>
    Task<bool> RestoreAsync(long id, CancellationToken cancellationToken);

    /// <returns>How many open messages of the group were archived.</returns>
    Task<int> ArchiveGroupAsync(string groupKey, string by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <returns>How many archived messages of the group were opened again.</returns>
    Task<int> RestoreGroupAsync(string groupKey, CancellationToken cancellationToken);

    /// <summary>Marks the group under investigation by <paramref name="name"/> with a note (replaces an earlier mark).</summary>
    Task SetInvestigationAsync(string groupKey, string name, string note, string by, DateTimeOffset at, CancellationToken cancellationToken);

    Task ClearInvestigationAsync(string groupKey, CancellationToken cancellationToken);
}

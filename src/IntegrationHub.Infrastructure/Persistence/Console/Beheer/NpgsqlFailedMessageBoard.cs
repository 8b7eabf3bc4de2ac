using Dapper;
using IntegrationHub.Application.Console.Beheer;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>The failed-message store (0048, 0054) as the operator's console reads and changes it. Its SQL: <see cref="FailedMessageBoardSql"/>.</summary>
public sealed class NpgsqlFailedMessageBoard(NpgsqlDataSource dataSource) : IFailedMessageBoard
{
    public async Task<ResultPage<FailedGroupRow>> GroupsAsync(string? query, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
            FailedMessageBoardSql.Groups, Parameters(query, new { GroupKey = (string?)null, Offset = offset, Limit = limit }), cancellationToken: cancellationToken));
        var rows = (await grid.ReadAsync<FailedGroupRow>()).AsList();
        return new ResultPage<FailedGroupRow>(rows, await grid.ReadSingleAsync<int>());
    }

    public async Task<FailedGroupRow?> GroupAsync(string groupKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
            FailedMessageBoardSql.Groups, Parameters(null, new { GroupKey = groupKey, Offset = 0, Limit = 1 }), cancellationToken: cancellationToken));
        return (await grid.ReadAsync<FailedGroupRow>()).SingleOrDefault();
    }

    public async Task<ResultPage<FailedMessageRow>> MessagesAsync(FailedMessageSearch search, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(
            FailedMessageBoardSql.Messages, Parameters(search.Query, new { search.GroupKey, search.State, Offset = offset, Limit = limit }), cancellationToken: cancellationToken));
        var rows = (await grid.ReadAsync<FailedMessageRow>()).AsList();
        return new ResultPage<FailedMessageRow>(rows, await grid.ReadSingleAsync<int>());
    }

    public async Task<FailedMessageRow?> MessageAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<FailedMessageRow>(new CommandDefinition(FailedMessageBoardSql.Message, new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<FailedRetryRow>> RetriesAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<FailedRetryRow>(new CommandDefinition(FailedMessageBoardSql.Retries, new { Id = id }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<IReadOnlyList<long>> OpenIdsAsync(string groupKey, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<long>(new CommandDefinition(FailedMessageBoardSql.OpenIds, new { GroupKey = groupKey }, cancellationToken: cancellationToken))).AsList();
    }

    public async Task<bool> ArchiveAsync(long id, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(FailedMessageBoardSql.Archive, new { Id = id, GroupKey = (string?)null, By = by, At = at }, cancellationToken) == 1;

    public async Task<bool> RestoreAsync(long id, CancellationToken cancellationToken) =>
        await ExecuteAsync(FailedMessageBoardSql.Restore, new { Id = id, GroupKey = (string?)null }, cancellationToken) == 1;

    public Task<int> ArchiveGroupAsync(string groupKey, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(FailedMessageBoardSql.Archive, new { Id = (long?)null, GroupKey = groupKey, By = by, At = at }, cancellationToken);

    public Task<int> RestoreGroupAsync(string groupKey, CancellationToken cancellationToken) =>
        ExecuteAsync(FailedMessageBoardSql.Restore, new { Id = (long?)null, GroupKey = groupKey }, cancellationToken);

    public Task SetInvestigationAsync(string groupKey, string name, string note, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(FailedMessageBoardSql.SetInvestigation, new { GroupKey = groupKey, Name = name, Note = note, By = by, At = at }, cancellationToken);

    public Task ClearInvestigationAsync(string groupKey, CancellationToken cancellationToken) =>
        ExecuteAsync(FailedMessageBoardSql.ClearInvestigation, new { GroupKey = groupKey }, cancellationToken);

    private async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    /// <summary>The search's parameters (Query, IdPrefix, Contains) beside the statement's own.</summary>
    private static DynamicParameters Parameters(string? query, object others)
    {
        var text = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        var parameters = new DynamicParameters(others);
        parameters.Add("Query", text);
        parameters.Add("IdPrefix", text is null ? null : text.ToLowerInvariant() + "%");
        parameters.Add("Contains", text is null ? null : "%" + SearchText.EscapeLike(text) + "%");
        return parameters;
    }
}

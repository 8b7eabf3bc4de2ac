namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>The SQL of <see cref="NpgsqlFailedMessageBoard"/>: the failed-message tables (0048, 0054) as the console reads them.</summary>
internal static class FailedMessageBoardSql
{
    /// <summary>A message matches the search by its id (whole or its start), its school (BRIN) or its error text.</summary>
    private const string Matches = """
        (@Query::text IS NULL
         OR f.message_id::text LIKE @IdPrefix
         OR upper(f.brin) = upper(@Query)
         OR f.reason ILIKE @Contains ESCAPE '\' OR f.exception_type ILIKE @Contains ESCAPE '\' OR f.message_type ILIKE @Contains ESCAPE '\')
        """;

    private const string GroupRows = """
        WITH grouped AS (
          SELECT f.group_key, min(f.message_type) AS message_type, min(f.exception_type) AS exception_type, min(f.reason) AS reason,
                 (count(*) FILTER (WHERE f.state = 'failed'))::int AS open,
                 (count(*) FILTER (WHERE f.state = 'archived'))::int AS archived,
                 (count(*) FILTER (WHERE f.state = 'replayed'))::int AS replayed,
                 min(f.first_failed_at) AS first_failed_at, max(f.last_failed_at) AS last_failed_at
          FROM failed_messages f
          WHERE (@GroupKey::text IS NULL OR f.group_key = @GroupKey) AND
        """ + Matches + """

          GROUP BY f.group_key
          HAVING @GroupKey::text IS NOT NULL OR count(*) FILTER (WHERE f.state IN ('failed', 'archived')) > 0)
        """;

    public const string Groups = GroupRows + """

        SELECT g.group_key, g.message_type, g.exception_type, g.reason, g.open, g.archived, g.replayed, g.first_failed_at,
               g.last_failed_at, i.name AS investigation_name, i.note AS investigation_note, i.started_by AS investigation_by,
               i.started_at AS investigation_started_at
        FROM grouped g LEFT JOIN failed_message_investigations i ON i.group_key = g.group_key
        ORDER BY g.open DESC, g.last_failed_at DESC, g.group_key
        OFFSET @Offset LIMIT @Limit;
        """ + GroupRows + """

        SELECT count(*)::int FROM grouped;
        """;

    private const string MessageRows = """

        FROM failed_messages f
        WHERE (@GroupKey::text IS NULL OR f.group_key = @GroupKey) AND (@State::text IS NULL OR f.state = @State) AND
        """ + Matches;

    public const string Messages = """
        SELECT f.id, f.message_id, f.message_type, f.source_queue, f.brin, f.group_key, f.exception_type, f.reason,
               f.attempts, f.failures, f.first_failed_at, f.last_failed_at, f.state, f.archived_at, f.archived_by,
               (SELECT count(*)::int FROM failed_message_replays r WHERE r.failed_message_id = f.id) AS replays
        """ + MessageRows + """

        ORDER BY f.last_failed_at DESC, f.id DESC
        OFFSET @Offset LIMIT @Limit;
        SELECT count(*)::int
        """ + MessageRows + ";";

    public const string Message = """
        SELECT f.id, f.message_id, f.message_type, f.source_queue, f.brin, f.group_key, f.exception_type, f.reason,
               f.attempts, f.failures, f.first_failed_at, f.last_failed_at, f.state, f.archived_at, f.archived_by,
               (SELECT count(*)::int FROM failed_message_replays r WHERE r.failed_message_id = f.id) AS replays
        FROM failed_messages f WHERE f.id = @Id
        """;

    public const string Retries = """
        SELECT replay, replayed_at, replayed_by, outcome FROM failed_message_replays WHERE failed_message_id = @Id ORDER BY replay
        """;

    public const string OpenIds = """
        SELECT id FROM failed_messages WHERE group_key = @GroupKey AND state = 'failed' ORDER BY first_failed_at, id
        """;

    public const string Archive = """
        UPDATE failed_messages SET state = 'archived', archived_at = @At, archived_by = @By
        WHERE state = 'failed' AND (id = @Id OR group_key = @GroupKey)
        """;

    public const string Restore = """
        UPDATE failed_messages SET state = 'failed', archived_at = NULL, archived_by = NULL
        WHERE state = 'archived' AND (id = @Id OR group_key = @GroupKey)
        """;

    public const string SetInvestigation = """
        INSERT INTO failed_message_investigations (group_key, name, note, started_at, started_by)
        VALUES (@GroupKey, @Name, @Note, @At, @By)
        ON CONFLICT (group_key) DO UPDATE SET name = EXCLUDED.name, note = EXCLUDED.note, started_at = EXCLUDED.started_at, started_by = EXCLUDED.started_by
        """;

    public const string ClearInvestigation = """
        DELETE FROM failed_message_investigations WHERE group_key = @GroupKey
        """;
}

using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Meldingen;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>
/// The start of every signalering transaction, in one round trip: mark the message ids in the inbox, make sure the
/// pupils' state rows exist, lock them (in one fixed order), and read their states, the schools' own pupil keys
/// and the meldingen.
/// </summary>
internal static class SignaleringLoad
{
    public static async Task<(IReadOnlySet<Guid> Marked, Dictionary<PupilKey, PupilSnapshot> Pupils)> LoadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<Guid> messageIds, IReadOnlyCollection<PupilKey> pupils,
        CancellationToken cancellationToken)
    {
        var keys = PupilKey.Arrays(pupils);
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (messageIds.Count > 0)
        {
            batch.BatchCommands.Add(SignaleringCommands.Of(SignaleringSql.MarkInbox,
                ("Consumer", NpgsqlSignaleringStore.InboxConsumer), ("MessageIds", messageIds.ToArray())));
        }

        batch.BatchCommands.Add(SignaleringCommands.Of(SignaleringSql.EnsureStateRows, keys));
        batch.BatchCommands.Add(SignaleringCommands.Of(SignaleringSql.LockStates, keys));
        batch.BatchCommands.Add(SignaleringCommands.Of(SignaleringSql.LvsPupilKeys, keys));
        batch.BatchCommands.Add(SignaleringCommands.Of(SignaleringSql.LoadMeldingen, keys));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        var marked = new HashSet<Guid>();
        if (messageIds.Count > 0)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                marked.Add(reader.GetGuid(0));
            }

            await reader.NextResultAsync(cancellationToken);
        }

        await reader.NextResultAsync(cancellationToken);
        var states = new Dictionary<PupilKey, string?>();
        while (await reader.ReadAsync(cancellationToken))
        {
            states[Key(reader)] = reader.IsDBNull(3) ? null : reader.GetString(3);
        }

        await reader.NextResultAsync(cancellationToken);
        var lvsKeys = new Dictionary<PupilKey, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lvsKeys[Key(reader)] = reader.GetString(3);
        }

        await reader.NextResultAsync(cancellationToken);
        var books = pupils.ToDictionary(p => p, _ => new MeldingBook());
        while (await reader.ReadAsync(cancellationToken))
        {
            DateTimeOffset? sentAt = reader.IsDBNull(4) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc));
            books[Key(reader)].Meldingen.Add(MeldingJson.Read(reader.GetString(3), sentAt));
        }

        var snapshots = pupils.ToDictionary(
            p => p,
            p => new PupilSnapshot(PupilStateJson.Read(states.GetValueOrDefault(p)), books[p], lvsKeys.GetValueOrDefault(p)));
        return (marked, snapshots);
    }

    private static PupilKey Key(NpgsqlDataReader reader) => new(reader.GetString(0), reader.GetString(1), reader.GetString(2));
}

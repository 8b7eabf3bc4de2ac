using System.Text;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Messaging.Failed;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Console.Beheer;

/// <summary>The console's failed-message board on a real migrated database: groups, search, paging, archive, restore, investigation.</summary>
public sealed class FailedMessageBoardTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly FailedMessageCause Refused = new("Npgsql.PostgresException", "P0001: refused by the test");
    private static readonly FailedMessageCause Timeout = new("System.TimeoutException", "The operation has timed out.");

    private readonly MigratedDatabase _database = new();

    private NpgsqlFailedMessageBoard Board => new(_database.DataSource);

    private NpgsqlFailedMessageStore Store => new(_database.DataSource);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Should_group_by_cause_and_message_type_with_open_counts_when_messages_failed()
    {
        await RecordAsync(Refused, "urn:message:A", "11AA", 3);
        await RecordAsync(Timeout, "urn:message:A", "22BB", 1);

        var groups = await Board.GroupsAsync(null, 0, 25, CancellationToken.None);

        Assert.Equal(2, groups.Total);
        Assert.Equal([3, 1], groups.Items.Select(g => g.Open));
        Assert.Equal(Refused.GroupKey("urn:message:A"), groups.Items[0].GroupKey);
        Assert.Equal("P0001: refused by the test", groups.Items[0].Reason);
    }

    [Fact]
    public async Task Should_find_messages_by_id_school_or_error_text_and_page_them_when_searched()
    {
        var ids = await RecordAsync(Refused, "urn:message:A", "11AA", 3);
        await RecordAsync(Timeout, "urn:message:A", "22BB", 2);
        var first = await Board.MessageAsync(ids[0], CancellationToken.None);

        var byId = await Board.MessagesAsync(new FailedMessageSearch(first!.MessageId.ToString()[..8], null, null), 0, 25, CancellationToken.None);
        var bySchool = await Board.MessagesAsync(new FailedMessageSearch("22bb", null, null), 0, 25, CancellationToken.None);
        var byText = await Board.MessagesAsync(new FailedMessageSearch("timed out", null, null), 0, 25, CancellationToken.None);
        var secondPage = await Board.MessagesAsync(new FailedMessageSearch(null, null, "failed"), 3, 3, CancellationToken.None);
        var groupsByText = await Board.GroupsAsync("refused", 0, 25, CancellationToken.None);

        Assert.Equal(first.Id, Assert.Single(byId.Items).Id);
        Assert.Equal(2, bySchool.Total);
        Assert.All(bySchool.Items, m => Assert.Equal("22BB", m.Brin));
        Assert.Equal(2, byText.Total);
        Assert.Equal(5, secondPage.Total);
        Assert.Equal(2, secondPage.Items.Count);
        Assert.Equal(Refused.GroupKey("urn:message:A"), Assert.Single(groupsByText.Items).GroupKey);
    }

    [Fact]
    public async Task Should_archive_and_restore_a_message_and_a_group_when_the_operator_asks()
    {
        var ids = await RecordAsync(Refused, "urn:message:A", "11AA", 3);
        var key = Refused.GroupKey("urn:message:A");

        Assert.True(await Board.ArchiveAsync(ids[0], "beheerder", At, CancellationToken.None));
        Assert.False(await Board.ArchiveAsync(ids[0], "beheerder", At, CancellationToken.None));
        var one = await Board.GroupAsync(key, CancellationToken.None);
        Assert.Equal((2, 1), (one!.Open, one.Archived));
        Assert.Equal("beheerder", (await Board.MessageAsync(ids[0], CancellationToken.None))!.ArchivedBy);
        Assert.Equal(2, (await Store.ListAsync(null, key, all: false, 10, CancellationToken.None)).Count);

        Assert.Equal(2, await Board.ArchiveGroupAsync(key, "beheerder", At, CancellationToken.None));
        Assert.Empty(await Board.OpenIdsAsync(key, CancellationToken.None));
        Assert.Equal(3, (await Board.GroupsAsync(null, 0, 25, CancellationToken.None)).Items.Single().Archived);

        Assert.True(await Board.RestoreAsync(ids[1], CancellationToken.None));
        Assert.Equal(2, await Board.RestoreGroupAsync(key, CancellationToken.None));
        Assert.Equal(ids, await Board.OpenIdsAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Should_show_the_investigation_and_the_retry_history_when_a_group_is_investigated_and_retried()
    {
        var ids = await RecordAsync(Refused, "urn:message:A", "11AA", 1);
        var key = Refused.GroupKey("urn:message:A");

        await Board.SetInvestigationAsync(key, "Jan de Beheerder", "Trigger in de database", "beheerder", At, CancellationToken.None);
        await Store.RecordReplayAsync(ids[0], At.AddMinutes(5), "beheerder", "sent", CancellationToken.None);
        var group = await Board.GroupAsync(key, CancellationToken.None);
        var retries = await Board.RetriesAsync(ids[0], CancellationToken.None);

        Assert.Equal(("Jan de Beheerder", "Trigger in de database", "beheerder"), (group!.InvestigationName, group.InvestigationNote, group.InvestigationBy));
        Assert.Equal((0, 1), (group.Open, group.Replayed));
        Assert.Equal((1, "beheerder", "sent"), (retries[0].Replay, retries[0].ReplayedBy, retries[0].Outcome));
        await Board.ClearInvestigationAsync(key, CancellationToken.None);
        Assert.Null((await Board.GroupAsync(key, CancellationToken.None))!.InvestigationName);
        Assert.Empty((await Board.GroupsAsync(null, 0, 25, CancellationToken.None)).Items);
    }

    private async Task<List<long>> RecordAsync(FailedMessageCause cause, string type, string brin, int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await Store.RecordAsync(
                new FailedMessage(Guid.NewGuid(), type, "hub.intake", brin, cause, 3, At.AddMinutes(ids.Count), "application/json",
                    new Dictionary<string, string>(), Encoding.UTF8.GetBytes("{}")),
                CancellationToken.None));
        }

        return ids;
    }
}

using Dapper;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

/// <summary>The disclosure log is append-only (migration 0042): each refusal, and the two changes it allows.</summary>
public sealed class DisclosureLogGuardTests(PrivacyDatabase hub) : IClassFixture<PrivacyDatabase>
{
    private const string RestrictViolation = "23001";
    private static readonly DateTimeOffset At = new(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);

    private DisclosureLog Log => hub.Services.GetRequiredService<DisclosureLog>();

    [Fact]
    public async Task Should_mark_a_pending_entry_sent_once_when_the_relay_confirms_it()
    {
        var id = await InsertAsync();

        var first = await DisclosureEntries.ExecuteAsync(hub.DataSource, DisclosureLog.MarkSentCommand([id], At));
        var again = await DisclosureEntries.ExecuteAsync(hub.DataSource, DisclosureLog.MarkSentCommand([id], At.AddMinutes(1)));

        Assert.Equal((1, 0), (first, again));
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM disclosures WHERE message_id = @id AND status = 'sent' AND ended_at = @At", new { id, At }));
    }

    [Fact]
    public async Task Should_mark_a_pending_entry_blocked_with_its_reason_when_consent_was_withdrawn()
    {
        var id = await InsertAsync();

        var blocked = await DisclosureEntries.ExecuteAsync(hub.DataSource, DisclosureLog.MarkBlockedCommand(id, "consent-withdrawn", At));

        Assert.Equal(1, blocked);
        Assert.Equal(1, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM disclosures WHERE message_id = @id AND status = 'blocked' AND status_reason = 'consent-withdrawn'", new { id }));
    }

    [Theory]
    [InlineData("recipient = 'jgz.ggd-west'")]
    [InlineData("data_categories = ARRAY['verzuim']")]
    [InlineData("subject_lookup = '\\x00'::bytea")]
    [InlineData("consent_id = 'c-1'")]
    [InlineData("started_at = now()")]
    [InlineData("trace_id = '0123456789abcdef0123456789abcdef'")]
    public async Task Should_refuse_the_update_when_it_changes_anything_but_the_status(string assignment)
    {
        var id = await InsertAsync();

        var error = await RefusedAsync($"UPDATE disclosures SET status = 'sent', ended_at = now(), {assignment} WHERE message_id = @id", id);

        Assert.Contains("only status, ended_at and status_reason", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE message_id = @id AND status = 'pending'", new { id }));
    }

    [Theory]
    [InlineData("sent", "pending")]
    [InlineData("sent", "blocked")]
    [InlineData("blocked", "sent")]
    [InlineData("blocked", "pending")]
    [InlineData("pending", "pending")]
    public async Task Should_refuse_the_status_change_when_it_does_not_move_from_pending_to_sent_or_blocked(string from, string to)
    {
        var id = await InsertAsync();
        var move = from switch
        {
            "sent" => DisclosureLog.MarkSentCommand([id], At),
            "blocked" => DisclosureLog.MarkBlockedCommand(id, "consent-withdrawn", At),
            _ => null,
        };
        if (move is not null)
        {
            await DisclosureEntries.ExecuteAsync(hub.DataSource, move);
        }

        var error = await RefusedAsync($"UPDATE disclosures SET status = '{to}' WHERE message_id = @id", id);

        Assert.Contains($"({from} to {to} refused)", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE message_id = @id AND status = @from", new { id, from }));
    }

    [Theory]
    [InlineData("DELETE FROM disclosures WHERE message_id = @id")]
    [InlineData("TRUNCATE disclosures")]
    public async Task Should_refuse_deleting_entries_when_the_session_is_not_the_retention_purge(string sql)
    {
        var id = await InsertAsync();

        var error = await RefusedAsync(sql, id);

        Assert.Contains("outside the retention purge", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE message_id = @id", new { id }));
    }

    [Fact]
    public async Task Should_refuse_deleting_when_the_purge_setting_was_set_by_an_earlier_transaction_of_the_session()
    {
        var id = await InsertAsync();
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using (var earlier = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("SET LOCAL hub.retention_purge = 'on'", transaction: earlier);
            await earlier.CommitAsync();
        }

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("DELETE FROM disclosures WHERE message_id = @id", new { id }));

        Assert.Equal(RestrictViolation, error.SqlState);
        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE message_id = @id", new { id }));
    }

    [Fact]
    public async Task Should_delete_the_entry_when_the_retention_purge_set_its_local_setting()
    {
        var id = await InsertAsync();
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await connection.ExecuteAsync("SET LOCAL hub.retention_purge = 'on'", transaction: transaction);
        var deleted = await connection.ExecuteAsync("DELETE FROM disclosures WHERE message_id = @id", new { id }, transaction);
        await transaction.CommitAsync();

        Assert.Equal(1, deleted);
        Assert.Equal(0, await hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE message_id = @id", new { id }));
    }

    private async Task<Guid> InsertAsync()
    {
        var entry = DisclosureEntries.For("rshyg7mn4ffyfiwyxtf2x4yhrq", At.AddHours(-1));
        await DisclosureEntries.InsertAsync(hub.DataSource, Log, entry);
        return entry.MessageId;
    }

    private async Task<PostgresException> RefusedAsync(string sql, Guid id)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql, new { id }));
        Assert.Equal(RestrictViolation, error.SqlState);
        return error;
    }
}

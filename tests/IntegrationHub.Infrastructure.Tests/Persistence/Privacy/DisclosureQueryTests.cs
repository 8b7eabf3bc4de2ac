using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

/// <summary>Inzage on the real PostgreSQL: a pupil's entries, found by the lookup hash and confirmed by the decrypted subject.</summary>
public sealed class DisclosureQueryTests(PrivacyDatabase hub) : IClassFixture<PrivacyDatabase>
{
    private static readonly DateTimeOffset At = new(2026, 10, 5, 8, 0, 0, TimeSpan.Zero);

    private DisclosureLog Log => hub.Services.GetRequiredService<DisclosureLog>();

    private IDisclosureQuery Query => hub.Services.GetRequiredService<IDisclosureQuery>();

    [Fact]
    public async Task Should_list_exactly_the_entries_of_the_pupil_asked_about_when_the_log_holds_other_pupils()
    {
        var (pupil, other) = (NewPseudonym(), NewPseudonym());
        var later = DisclosureEntries.For(pupil, At.AddDays(1), recipient: "jgz.ggd-west", consentId: "c-77");
        var earlier = DisclosureEntries.For(pupil, At);
        var others = DisclosureEntries.For(other, At.AddHours(1));
        await DisclosureEntries.InsertAsync(hub.DataSource, Log, later, others, earlier);
        await DisclosureEntries.ExecuteAsync(hub.DataSource, DisclosureLog.MarkSentCommand([earlier.MessageId], At.AddMinutes(1)));
        await DisclosureEntries.ExecuteAsync(hub.DataSource, DisclosureLog.MarkBlockedCommand(later.MessageId, "consent-withdrawn", At.AddDays(1).AddMinutes(1)));

        var listed = await Query.ForPupilAsync(pupil, CancellationToken.None);
        var otherListed = await Query.ForPupilAsync(other, CancellationToken.None);

        Assert.Equal([earlier.MessageId, later.MessageId], listed.Select(d => d.MessageId));
        Assert.Equal(others.MessageId, Assert.Single(otherListed).MessageId);
        var sent = listed[0];
        Assert.Equal(
            (At, At.AddMinutes(1), "leerplicht.rbl-west", "verzuimmelding-leerplicht/v1", "avg-6-1-c leerplichtwet-21", earlier.TraceId, "sent", (string?)null, (string?)null),
            (sent.StartedAt, sent.EndedAt, sent.Recipient, sent.ActivityId, sent.LegalBasis, sent.TraceId, sent.Status, sent.StatusReason, sent.ConsentId));
        Assert.Equal(["persoonsgebonden-nummer", "verzuim"], sent.DataCategories);
        Assert.Equal(earlier.Operation, sent.Operation);
        var blocked = listed[1];
        Assert.Equal(("jgz.ggd-west", "c-77", "blocked", "consent-withdrawn"), (blocked.Recipient, blocked.ConsentId, blocked.Status, blocked.StatusReason));
    }

    [Fact]
    public async Task Should_list_nothing_when_the_pupil_has_no_entries()
    {
        await DisclosureEntries.InsertAsync(hub.DataSource, Log, DisclosureEntries.For(NewPseudonym(), At));

        Assert.Empty(await Query.ForPupilAsync(NewPseudonym(), CancellationToken.None));
    }

    [Fact]
    public async Task Should_leave_out_an_entry_whose_decrypted_subject_is_another_pupil_when_its_lookup_hash_matches()
    {
        var (pupil, other) = (NewPseudonym(), NewPseudonym());
        var own = DisclosureEntries.For(pupil, At);
        var foreign = DisclosureEntries.For(other, At.AddHours(1));
        await DisclosureEntries.InsertAsync(hub.DataSource, Log, own, foreign);
        await using (var connection = await hub.DataSource.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO disclosures (message_id, trace_id, span_id, activity_id, legal_basis, recipient, data_categories,
                                         subject_type, subject_cipher, subject_lookup, started_at, status)
                SELECT gen_random_uuid(), trace_id, span_id, activity_id, legal_basis, recipient, data_categories,
                       subject_type, subject_cipher, (SELECT subject_lookup FROM disclosures WHERE message_id = @Own), started_at, status
                FROM disclosures WHERE message_id = @Foreign
                """, new { Own = own.MessageId, Foreign = foreign.MessageId });
        }

        var listed = await Query.ForPupilAsync(pupil, CancellationToken.None);

        Assert.Equal(2, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM disclosures WHERE subject_lookup = (SELECT subject_lookup FROM disclosures WHERE message_id = @Id)", new { Id = own.MessageId }));
        Assert.Equal(own.MessageId, Assert.Single(listed).MessageId);
    }

    [Fact]
    public async Task Should_store_the_pseudonym_only_encrypted_when_an_entry_is_written()
    {
        var pupil = NewPseudonym();
        var entry = DisclosureEntries.For(pupil, At);

        await DisclosureEntries.InsertAsync(hub.DataSource, Log, entry);

        Assert.Equal(1, await hub.DataSource.CountAsync("SELECT count(*) FROM disclosures WHERE message_id = @Id", new { Id = entry.MessageId }));
        Assert.Equal(0, await hub.DataSource.CountAsync(
            "SELECT count(*) FROM disclosures d WHERE d::text LIKE '%' || @pupil || '%' OR position(convert_to(@pupil, 'UTF8') IN d.subject_cipher) > 0",
            new { pupil }));
    }

    [Fact]
    public async Task Should_page_and_search_in_the_store_when_a_pupil_has_more_entries_than_one_page()
    {
        var (pupil, other) = (NewPseudonym(), NewPseudonym());
        var entries = Enumerable.Range(0, 30)
            .Select(n => DisclosureEntries.For(pupil, At.AddMinutes(n), recipient: n % 10 == 0 ? "jgz.ggd-noord" : "leerplicht.rbl-west"))
            .ToArray();
        await DisclosureEntries.InsertAsync(hub.DataSource, Log, [.. entries, DisclosureEntries.For(other, At, recipient: "jgz.ggd-noord")]);

        var first = await Query.PageForPupilAsync(pupil, null, 0, 25, CancellationToken.None);
        var second = await Query.PageForPupilAsync(pupil, null, 25, 25, CancellationToken.None);
        var jgz = await Query.PageForPupilAsync(pupil, "GGD-NOORD", 0, 25, CancellationToken.None);
        var byMessage = await Query.PageForPupilAsync(pupil, entries[7].MessageId.ToString()[..13], 0, 25, CancellationToken.None);
        var wildcard = await Query.PageForPupilAsync(pupil, "%", 0, 25, CancellationToken.None);

        Assert.Equal((25, 30), (first.Items.Count, first.Total));
        Assert.Equal((5, 30), (second.Items.Count, second.Total));
        Assert.Equal(entries.Select(e => e.MessageId), first.Items.Concat(second.Items).Select(d => d.MessageId));
        Assert.Equal([entries[0].MessageId, entries[10].MessageId, entries[20].MessageId], jgz.Items.Select(d => d.MessageId));
        Assert.Equal(3, jgz.Total);
        Assert.Equal(entries[7].MessageId, Assert.Single(byMessage.Items).MessageId);
        Assert.Equal(0, wildcard.Total);
    }

    /// <summary>A random 26-character pseudonym in the hub's alphabet.</summary>
    private static string NewPseudonym() =>
        string.Concat(Enumerable.Range(0, 26).Select(_ => "abcdefghijklmnopqrstuvwxyz234567"[Random.Shared.Next(32)]));
}

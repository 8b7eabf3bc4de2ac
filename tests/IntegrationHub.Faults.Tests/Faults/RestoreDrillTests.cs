using System.Security.Cryptography;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Faults.Tests.Support;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Worker.Tests.Support;
using Xunit.Abstractions;

namespace IntegrationHub.Faults.Tests.Faults;

/// <summary>
/// The restore drill on the private PostgreSQL: a hub runs a feed until everything is sent (school feedback, partner
/// notifications, DUO registrations); the worker is stopped and its database backed up with pg_dump (custom format) and
/// restored into a fresh database; a worker starts on the restored database and the schools send more. Nothing that was
/// sent before the backup is sent again: no school receives an old feedback message a second time, no partner message
/// arrives twice, DUO's stand-in registers no melding twice, and the new events are stored and meldingen registered once.
/// </summary>
public sealed class RestoreDrillTests(FaultHubFixture hub, ITestOutputHelper output) : IClassFixture<FaultHubFixture>
{
    private static readonly BenchFeedSettings Settings = new(Pupils: 60, Days: 6, Seed: 21, Schools: 4);
    private const int Truants = 8;

    [Fact]
    public async Task Should_send_nothing_twice_when_the_worker_starts_on_a_database_restored_from_a_pg_dump()
    {
        var feed = FaultFeed.Create(Settings, Truants, segments: 2);
        await using var publisher = new ResilientPublisher();
        await using var feedback = new FeedbackRecorder();
        foreach (var school in feed.Schools)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            var credentials = await hub.Provisioner.ProvisionAsync(new SchoolRegistration(school.Brin, school.Name, school.Region, password, HubFixture.TestMelder), CancellationToken.None);
            await publisher.ConnectAsync(hub.VirtualHost.Name, school.Brin, credentials.AmqpUsername, password);
            await feedback.StartAsync(hub.VirtualHost.Name, school.Brin, credentials.AmqpUsername, password);
        }

        var partners = new PartnerDrain(hub.VirtualHost.Name);
        await partners.DeclareAsync();
        await publisher.PublishAsync(feed.Segments[0], 0, CancellationToken.None);
        await Settling.WaitAsync(hub.Database.ConnectionString, publisher, feedback, feed.TruantsIn(1));
        var before = await DrainAsync(partners, hub.Database.ConnectionString, "before the backup");
        var deliveredBefore = feedback.Deliveries.ToDictionary(d => d.Key, d => d.Value);
        var registeredBefore = hub.StandIn.Store.Registrations.Count;

        var restored = "hub_restore_" + Guid.NewGuid().ToString("N")[..12];
        var dump = Path.Combine(Path.GetTempPath(), restored + ".dump");
        try
        {
            await hub.Worker.StopAsync(TimeSpan.FromSeconds(30));
            await PgBackup.DumpAsync(hub.Database.Name, dump);
            var restoredConnection = await PgBackup.RestoreAsync(dump, restored);
            await hub.ReplaceWorkerAsync(restoredConnection);
            await publisher.PublishAsync(feed.Segments[1], 0, CancellationToken.None);
            await Settling.WaitAsync(restoredConnection, publisher, feedback, feed.TruantsIn(2));
            await Task.Delay(TimeSpan.FromSeconds(10)); // a few more relay, dispatcher and poll rounds: anything re-sent would show
            var after = await DrainAsync(partners, restoredConnection, "after the restore");
            output.WriteLine(Reconciliation.Header);
            output.WriteLine(before.Row);
            output.WriteLine(after.Row);

            Assert.True(before.Wrong == 0, before.ToString());
            Assert.True(after.Wrong == 0, after.ToString());
            Assert.All(deliveredBefore, d => Assert.Equal((d.Key, d.Value), (d.Key, feedback.Deliveries[d.Key])));
            Assert.All(partners.Received, p => Assert.Equal((p.Key, 1), (p.Key, p.Value)));
            Assert.Equal(feed.Truants, hub.StandIn.Store.Registrations.Count);
            Assert.True(registeredBefore >= feed.TruantsIn(1) && registeredBefore < feed.Truants, $"{registeredBefore} registered before the restore");
            Assert.True(after.FeedbackSent > before.FeedbackSent && after.Published > before.Published);
        }
        finally
        {
            await PgBackup.DropAsync(restored);
            File.Delete(dump);
        }

        async Task<Reconciliation> DrainAsync(PartnerDrain drain, string connectionString, string phase)
        {
            var outbox = await FaultDatabase.OutboxAsync(connectionString);
            await drain.DrainAsync(outbox.Where(o => Reconciliation.IsPartner(o.Destination)).Select(o => o.Destination));
            return await Reconciliation.ReadAsync(phase, connectionString, publisher, feedback, drain.Received, hub.StandIn.Store);
        }
    }
}

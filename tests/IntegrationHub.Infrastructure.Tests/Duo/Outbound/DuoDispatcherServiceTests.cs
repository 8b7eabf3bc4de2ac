using IntegrationHub.Infrastructure.Duo.Dispatch;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>The dispatcher as a background service: a request the consumer commits while it sleeps goes to DUO.</summary>
public sealed class DuoDispatcherServiceTests(DuoOutboundDatabase db) : IClassFixture<DuoOutboundDatabase>
{
    [Fact]
    public async Task Should_register_a_melding_queued_while_the_dispatcher_runs_in_the_background()
    {
        using var dispatcher = ActivatorUtilities.CreateInstance<DuoDispatcher>(db.Services, db.Pass(db.Register));
        await dispatcher.StartAsync(CancellationToken.None);
        try
        {
            var (pupil, _) = await db.NewPupilAsync();
            var ready = DuoOutboundDatabase.Ready(pupil);
            await db.ConsumeAsync(ready);

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (!db.Register.Registered.Any(m => m.MeldingId == ready.MeldingId) ||
                   (await db.QueryAsync<string>("SELECT status FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId })).Single() != "R")
            {
                Assert.False(timeout.IsCancellationRequested, "The background dispatcher did not register the melding.");
                await Task.Delay(50, CancellationToken.None);
            }

            Assert.Single(db.Register.Registered, m => m.MeldingId == ready.MeldingId);
            Assert.Empty(db.Errors.Errors);
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
        }
    }
}

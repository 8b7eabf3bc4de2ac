using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>What <c>hub duo list</c> and <c>hub duo show</c> read: refused and waiting meldingen, history, requests; no nummer.</summary>
public sealed class DuoOperatorQueriesTests(DuoOutboundDatabase db) : IClassFixture<DuoOutboundDatabase>
{
    private NpgsqlDuoOutboxStoreQueries Queries => db.Services.GetRequiredService<NpgsqlDuoOutboxStoreQueries>();

    [Fact]
    public async Task Should_list_refused_and_waiting_meldingen_and_show_history_reasons_and_requests_when_the_operator_asks()
    {
        var (refusedPupil, _) = await db.NewPupilAsync();
        var (waitingPupil, _) = await db.NewPupilAsync();
        var (registeredPupil, _) = await db.NewPupilAsync();
        var refused = DuoOutboundDatabase.Ready(refusedPupil) with { MelderFunctie = new string('f', 61) };
        var waiting = DuoOutboundDatabase.Ready(waitingPupil);
        var registered = DuoOutboundDatabase.Ready(registeredPupil);
        await db.ConsumeAsync(refused);
        await db.ConsumeAsync(registered);
        await db.DrainAsync(db.Register);
        await db.ConsumeAsync(waiting);
        db.Register.Down = true;
        try
        {
            await db.DrainAsync(db.Register);
        }
        finally
        {
            db.Register.Down = false;
        }

        var refusedList = await Queries.ListAsync("geweigerd", DuoOutboundDatabase.Brin, CancellationToken.None);
        var waitingList = await Queries.ListAsync("wachtend", null, CancellationToken.None);
        var otherSchool = await Queries.ListAsync(null, "99ZZ", CancellationToken.None);
        var shownRefused = await Queries.ShowAsync(refused.MeldingId, CancellationToken.None);
        var shownWaiting = await Queries.ShowAsync(waiting.MeldingId, CancellationToken.None);
        var shownRegistered = await Queries.ShowAsync(registered.MeldingId, CancellationToken.None);

        Assert.Contains(refusedList, r => r.MeldingId == refused.MeldingId);
        Assert.DoesNotContain(refusedList, r => r.MeldingId == waiting.MeldingId);
        Assert.Equal(1, Assert.Single(waitingList, r => r.MeldingId == waiting.MeldingId).Pending);
        Assert.Empty(otherSchool);
        Assert.Contains("melder.functie", shownRefused!.Melding.RefusedReasons, StringComparison.Ordinal);
        var request = Assert.Single(shownWaiting!.Requests);
        Assert.Equal(("melden", 1, (DateTime?)null), (request.Operation, request.Attempts, request.DoneAt));
        Assert.False(string.IsNullOrEmpty(request.LastError));
        Assert.Equal("R", Assert.Single(shownRegistered!.Statuses).Status);
        Assert.Null(await Queries.ShowAsync(Guid.NewGuid(), CancellationToken.None));
        db.Clock.Advance(TimeSpan.FromHours(1));
        await db.DrainAsync(db.Register); // leaves nothing waiting for the class's other tests
    }
}

using System.Net;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Wire;
using IntegrationHub.Infrastructure.Tests.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

public sealed class DuoStandInFaultTests
{
    [Fact]
    public async Task Should_still_register_when_the_response_is_lost()
    {
        await using var f = await StandInFixture.StartAsync();
        var melding = StandInSamples.Melding(Guid.NewGuid());
        f.StandIn.Faults.LostResponseRate = 1;

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => f.Caller.MeldenAsync(melding));
        f.StandIn.Faults.Reset();
        var (_, envelope) = await f.Caller.CallAsync(DuoOperation.OpvragenMeldingen, DuoRequestWriter.OpvragenMeldingen(DuoOpvragenMeldingen.For(melding)));

        var registration = Assert.Single(f.StandIn.Store.RegistrationsOf(melding.MeldingId));
        Assert.Equal(registration.Meldingsnummer, Assert.Single(DuoResponseReader.OpvragenMeldingen(envelope.RequiredBody).Value!).Meldingsnummer);
        Assert.Equal(DuoStandInOutcome.Lost, f.StandIn.Store.Calls[0].Outcome);
    }

    [Fact]
    public async Task Should_register_once_when_the_answer_is_lost_on_a_reused_connection()
    {
        await using var f = await StandInFixture.StartAsync();
        await f.Caller.MeldenAsync(StandInSamples.Melding(Guid.NewGuid()));
        var melding = StandInSamples.Melding(Guid.NewGuid());
        f.StandIn.Faults.LostResponseRate = 1;

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => f.Caller.MeldenAsync(melding));

        Assert.Single(f.StandIn.Store.RegistrationsOf(melding.MeldingId));
    }

    [Fact]
    public async Task Should_fail_every_call_with_a_fault_when_down()
    {
        await using var f = await StandInFixture.StartAsync();
        f.StandIn.Faults.Down = true;

        foreach (var _ in Enumerable.Range(0, 5))
        {
            var (status, envelope) = await f.Caller.CallAsync(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(StandInSamples.Melding()));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.True(envelope.IsFault);
        }

        var (_, poll) = await f.Caller.CallAsync(DuoOperation.AanvraagGewijzigdeMeldingen, DuoRequestWriter.AanvraagGewijzigdeMeldingen(DateTimeOffset.UnixEpoch));

        Assert.True(poll.IsFault);
        Assert.Empty(f.StandIn.Store.Registrations);
        Assert.All(f.StandIn.Store.Calls, c => Assert.Equal(DuoStandInOutcome.Down, c.Outcome));
        Assert.Equal(6, f.StandIn.Store.Calls.Count);
    }

    [Fact]
    public async Task Should_answer_5xx_with_a_SOAP_fault_before_processing_when_a_fault_is_injected()
    {
        await using var f = await StandInFixture.StartAsync();
        f.StandIn.Faults.FaultRate = 1;
        var messageId = DuoMessageId.New();

        var (status, envelope) = await f.Caller.CallAsync(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(StandInSamples.Melding()), messageId);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Server", envelope.Fault!.Code);
        Assert.Equal(messageId, envelope.RelatesTo);
        Assert.Empty(f.StandIn.Store.Registrations);
    }

    [Fact]
    public async Task Should_hang_past_the_clients_timeout_without_registering_when_a_timeout_is_injected()
    {
        await using var f = await StandInFixture.StartAsync(clientTimeout: TimeSpan.FromMilliseconds(300));
        f.StandIn.Faults.TimeoutRate = 1;
        f.StandIn.Faults.TimeoutDelay = TimeSpan.FromSeconds(30);

        await Assert.ThrowsAsync<TaskCanceledException>(() => f.Caller.MeldenAsync(StandInSamples.Melding()));

        Assert.Empty(f.StandIn.Store.Registrations);
        Assert.Equal(DuoStandInOutcome.TimedOut, Assert.Single(f.StandIn.Store.Calls).Outcome);
    }

    [Fact]
    public async Task Should_answer_normally_when_a_slow_answer_is_injected()
    {
        await using var f = await StandInFixture.StartAsync();
        f.StandIn.Faults.SlowRate = 1;
        f.StandIn.Faults.SlowDelay = TimeSpan.FromMilliseconds(50);

        var result = await f.Caller.MeldenAsync(StandInSamples.Melding());

        Assert.True(result.IsRegistered);
        Assert.Equal(DuoStandInOutcome.Answered, Assert.Single(f.StandIn.Store.Calls).Outcome);
    }

    [Fact]
    public async Task Should_draw_the_same_faults_when_started_with_the_same_seed()
    {
        async Task<List<DuoStandInOutcome>> RunAsync()
        {
            await using var f = await StandInFixture.StartAsync(time => new DuoStandInOptions { Time = time, Seed = 7, Faults = new DuoStandInFaults { FaultRate = 0.5 } });
            foreach (var _ in Enumerable.Range(0, 20))
            {
                await f.Caller.CallAsync(DuoOperation.AanvraagGewijzigdeMeldingen, DuoRequestWriter.AanvraagGewijzigdeMeldingen(DateTimeOffset.UnixEpoch));
            }

            return [.. f.StandIn.Store.Calls.Select(c => c.Outcome)];
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(DuoStandInOutcome.Faulted, first);
        Assert.Contains(DuoStandInOutcome.Answered, first);
    }

    [Fact]
    public async Task Should_answer_a_client_fault_when_the_message_is_not_a_SOAP_envelope()
    {
        await using var f = await StandInFixture.StartAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(f.StandIn.Endpoint, new StringContent("<hello/>", System.Text.Encoding.UTF8, "text/xml"));
        var envelope = SoapEnvelope.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Client", envelope.Fault!.Code);
        Assert.Equal(DuoStandInOutcome.Unreadable, Assert.Single(f.StandIn.Store.Calls).Outcome);
    }

    [Fact]
    public async Task Should_register_exactly_the_processed_calls_when_many_arrive_at_once_with_faults_and_lost_answers()
    {
        await using var f = await StandInFixture.StartAsync(time => new DuoStandInOptions
        {
            Time = time, Seed = 3, Faults = new DuoStandInFaults { FaultRate = 0.3, LostResponseRate = 0.2 },
        });
        var meldingen = Enumerable.Range(0, 100).Select(_ => StandInSamples.Melding(Guid.NewGuid())).ToList();

        var answers = await Task.WhenAll(meldingen.Select(async m =>
        {
            try
            {
                var (_, envelope) = await f.Caller.CallAsync(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(m));
                return envelope.IsFault ? null : DuoResponseReader.Melden(envelope.RequiredBody).Meldingsnummer;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }));

        var calls = f.StandIn.Store.Calls;
        var processed = calls.Count(c => c.Outcome is DuoStandInOutcome.Answered or DuoStandInOutcome.Lost);
        Assert.Equal(100, calls.Count);
        Assert.Equal(processed, f.StandIn.Store.Registrations.Count);
        Assert.Equal(calls.Count(c => c.Outcome == DuoStandInOutcome.Answered), answers.Count(a => a is not null));
        Assert.All(answers.OfType<string>(), nummer => Assert.NotNull(f.StandIn.Store.Find(nummer)));
        Assert.Equal(f.StandIn.Store.Registrations.Count, f.StandIn.Store.Registrations.Select(r => r.Meldingsnummer).Distinct().Count());
    }
}

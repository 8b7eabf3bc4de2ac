using IntegrationHub.Application.Duo;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Client;
using IntegrationHub.Infrastructure.Duo.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>The DUO client against the stand-in over HTTPS: business errors, faults, timeouts, the XSD check and idempotent melden.</summary>
public sealed class SoapDuoRegisterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Should_return_the_meldingsnummer_when_duo_registers_the_melding()
    {
        await using var harness = await DuoClientHarness.StartAsync();
        var melding = DuoClientSamples.Melding(1);

        var result = await harness.Register.MeldenAsync(melding, None);

        var registration = Assert.Single(harness.StandIn.Store.Registrations);
        Assert.True(result.IsRegistered);
        Assert.False(result.FoundExisting);
        Assert.Equal(registration.Meldingsnummer, result.Meldingsnummer);
        Assert.Equal(melding.MeldingId, registration.MeldingId);
        Assert.Equal(registration.RegisteredAt, result.RegisteredAt);
    }

    [Fact]
    public async Task Should_return_a_business_error_without_retrying_when_duo_refuses_the_melding()
    {
        await using var harness = await DuoClientHarness.StartAsync();
        var melding = DuoClientSamples.Melding(2);
        harness.StandIn.RefuseNummer(melding.PersoonsgebondenNummer);

        var result = await harness.Register.MeldenAsync(melding, None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("leerling.onbekend", error.Code);
        Assert.False(result.IsRegistered);
        var calls = harness.StandIn.Store.Calls;
        Assert.Single(calls, c => c.Operation == DuoOperation.MeldenRelatiefVerzuim);
        Assert.Single(calls, c => c.Operation == DuoOperation.OpvragenMeldingen); // the business-key check before the first send
        Assert.Equal(2, calls.Count);
        Assert.Empty(harness.StandIn.Store.Registrations);
        Assert.Equal(0, harness.Meter.Sum(DuoClientMetrics.Retries));
        Assert.Equal(1, harness.Meter.Sum(DuoClientMetrics.Requests, ("operation", DuoOperationTags.Melden), ("outcome", DuoOutcomes.BusinessError)));
    }

    [Fact]
    public async Task Should_retry_a_soap_fault_and_throw_unavailable_when_the_retries_are_spent()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            new DuoStandInFaults { FaultRate = 1.0 }, new Dictionary<string, string?> { ["RetryCount"] = "2" });

        await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(3), None));

        var calls = harness.StandIn.Store.Calls;
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.Equal(DuoStandInOutcome.Faulted, c.Outcome));
        Assert.Equal(2, harness.Meter.Sum(DuoClientMetrics.Retries));
        var retries = harness.LogsWithEvent(DuoClientLogEvents.Retrying);
        Assert.Equal(2, retries.Count);
        Assert.All(retries, r => Assert.Equal("soap-fault:Server", r.GetStructuredStateValue("Failure")));
        Assert.All(retries, r => Assert.Equal("500", r.GetStructuredStateValue("StatusCode")));
    }

    [Fact]
    public async Task Should_register_once_when_soap_faults_come_and_go()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            new DuoStandInFaults { FaultRate = 0.5 }, new Dictionary<string, string?> { ["RetryCount"] = "3", ["CircuitMinimumThroughput"] = "1000" });

        var results = new List<DuoMeldenResult>();
        for (var n = 10; n < 20; n++)
        {
            results.Add(await MeldenUntilAnsweredAsync(harness.Register, DuoClientSamples.Melding(n)));
        }

        Assert.All(results, r => Assert.True(r.IsRegistered));
        Assert.Equal(10, harness.StandIn.Store.Registrations.Count);
        Assert.Contains(harness.StandIn.Store.Calls, c => c.Outcome == DuoStandInOutcome.Faulted);
        Assert.True(harness.Meter.Sum(DuoClientMetrics.Retries) > 0);
    }

    [Fact]
    public async Task Should_retry_a_timeout_and_throw_unavailable_when_the_retries_are_spent()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            new DuoStandInFaults { TimeoutRate = 1.0, TimeoutDelay = TimeSpan.FromSeconds(10) },
            new Dictionary<string, string?> { ["RetryCount"] = "1", ["AttemptTimeout"] = "00:00:01" });

        var thrown = await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(4), None));

        Assert.Contains("timeout", thrown.Message, StringComparison.Ordinal);
        var retry = Assert.Single(harness.LogsWithEvent(DuoClientLogEvents.Retrying));
        Assert.Equal("timeout", retry.GetStructuredStateValue("Failure"));
        Assert.Equal("1", retry.GetStructuredStateValue("Attempt"));
        Assert.Equal(2, harness.Meter.Sum(DuoClientMetrics.Requests, ("operation", DuoOperationTags.OpvragenMeldingen), ("outcome", DuoOutcomes.TransientFailure)));
        Assert.All(harness.StandIn.Store.Calls, c => Assert.Equal(DuoStandInOutcome.TimedOut, c.Outcome));
        Assert.Empty(harness.StandIn.Store.Registrations);
    }

    [Fact]
    public async Task Should_not_send_a_document_that_fails_the_xsd_and_return_a_hub_error()
    {
        await using var harness = await DuoClientHarness.StartAsync();
        var melding = DuoClientSamples.Melding(5) with { Reden = new string('x', 201) };

        var result = await harness.Register.MeldenAsync(melding, None);

        Assert.False(result.IsRegistered);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e => Assert.StartsWith("hub.", e.Code, StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("reden", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("xxxx", StringComparison.Ordinal));
        Assert.Empty(harness.StandIn.Store.Calls);
    }

    [Fact]
    public async Task Should_answer_with_the_existing_meldingsnummer_when_an_earlier_calls_answer_was_lost()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["RetryCount"] = "0" },
            configureServices: services => services.AddHttpClient("duo").AddHttpMessageHandler(() => new LoseFirstMeldenAnswer()));
        var melding = DuoClientSamples.Melding(6);

        await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(melding, None));
        var registration = Assert.Single(harness.StandIn.Store.Registrations);

        var again = await harness.Register.MeldenAsync(melding, None);

        Assert.True(again.FoundExisting);
        Assert.True(again.IsRegistered);
        Assert.Equal(registration.Meldingsnummer, again.Meldingsnummer);
        Assert.Single(harness.StandIn.Store.Registrations);
        Assert.Single(harness.StandIn.Store.Calls, c => c.Operation == DuoOperation.MeldenRelatiefVerzuim);
        Assert.Equal(1, harness.Meter.Sum(DuoClientMetrics.FoundExisting));
        Assert.Single(harness.LogsWithEvent(DuoClientLogEvents.FoundExisting));
    }

    [Fact]
    public async Task Should_send_mutatie_and_read_the_changes_since_a_time()
    {
        await using var harness = await DuoClientHarness.StartAsync();
        var since = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var melding = DuoClientSamples.Melding(7);
        var registered = await harness.Register.MeldenAsync(melding, None);

        var mutatie = await harness.Register.MutatieAsync(
            new DuoMutatie { Meldingsnummer = registered.Meldingsnummer!, MeldingId = melding.MeldingId, Brin = melding.Brin, Intrekken = true }, None);
        var unknown = await harness.Register.MutatieAsync(
            new DuoMutatie { Meldingsnummer = "9999999", MeldingId = melding.MeldingId, Brin = melding.Brin, Einddatum = new DateOnly(2026, 3, 1) }, None);
        var changes = await harness.Register.AanvraagGewijzigdeMeldingenAsync(since, None);

        Assert.True(mutatie.IsAccepted);
        Assert.Equal("melding.onbekend", Assert.Single(unknown.Errors).Code);
        Assert.Equal([DuoStatus.R, DuoStatus.I], changes.Changes.Where(c => c.Meldingsnummer == registered.Meldingsnummer).Select(c => c.Status));
    }

    [Fact]
    public async Task Should_fail_fast_while_the_circuit_is_open()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            new DuoStandInFaults { Down = true },
            new Dictionary<string, string?> { ["RetryCount"] = "0", ["CircuitMinimumThroughput"] = "2", ["CircuitBreakDuration"] = "00:05:00" });

        await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(8), None));
        await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(9), None));
        var callsWhenOpened = harness.StandIn.Store.Calls.Count;
        harness.StandIn.Faults.Reset();

        var thrown = await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(10), None));

        Assert.Contains("circuit-open", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(callsWhenOpened, harness.StandIn.Store.Calls.Count);
        Assert.Single(harness.LogsWithEvent(DuoClientLogEvents.CircuitOpened));
        harness.Meter.Observe();
        Assert.Equal(2L, harness.Meter.Values(DuoClientMetrics.CircuitState)[^1]);
    }

    /// <summary>As the dispatcher does: a DuoUnavailableException leaves the melding for another go.</summary>
    private static async Task<DuoMeldenResult> MeldenUntilAnsweredAsync(IDuoRegister register, DuoVerzuimmelding melding)
    {
        for (var round = 0; ; round++)
        {
            try
            {
                return await register.MeldenAsync(melding, None);
            }
            catch (DuoUnavailableException) when (round < 20)
            {
            }
        }
    }
}

using IntegrationHub.Application.Duo;
using IntegrationHub.DuoStandIn;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

public sealed class DuoStandInLogTests
{
    [Fact]
    public async Task Should_log_operation_outcome_and_meldingsnummer_but_no_personal_data()
    {
        using var provider = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(provider));
        await using var f = await StandInFixture.StartAsync(time => new DuoStandInOptions { Time = time, LoggerFactory = loggers });
        var melding = StandInSamples.Melding();

        var nummer = (await f.Caller.MeldenAsync(melding)).Meldingsnummer!;
        f.StandIn.SetStatus(nummer, DuoStatus.B);

        Assert.Contains(provider.Lines, l => l.Contains("MeldenRelatiefVerzuim Answered", StringComparison.Ordinal) && l.Contains(nummer, StringComparison.Ordinal));
        Assert.Contains(provider.Lines, l => l.Contains($"sets B on meldingsnummer {nummer}", StringComparison.Ordinal));
        Assert.DoesNotContain(provider.Lines, l => l.Contains(melding.PersoonsgebondenNummer, StringComparison.Ordinal)
            || l.Contains(melding.Melder.Naam, StringComparison.Ordinal));
    }
}

using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Tests.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

/// <summary>The wire sample as a first melding (not a vervolgmelding, whose predecessor the stand-in would not know).</summary>
internal static class StandInSamples
{
    public static DuoVerzuimmelding Melding(Guid? meldingId = null) =>
        DuoWireSamples.Melding(meldingId) with { VervolgOpMeldingsnummer = null };
}

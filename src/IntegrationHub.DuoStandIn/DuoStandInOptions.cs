using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntegrationHub.DuoStandIn;

/// <summary>How a <see cref="DuoStandInServer"/> starts. Fault knobs can also be changed while it runs (<see cref="DuoStandInServer.Faults"/>).</summary>
public sealed class DuoStandInOptions
{
    /// <summary>DUO's clock: registration and status times, and the time of each answer. Delays use real time.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Seed of the <see cref="Random"/> that draws the injected faults, so a run can be repeated.</summary>
    public int Seed { get; init; } = 10;

    /// <summary>The path the service answers on.</summary>
    public string Path { get; init; } = "/verzuimregister";

    /// <summary>With a certificate the stand-in speaks HTTPS; without one, plain HTTP (simple tests).</summary>
    public X509Certificate2? ServerCertificate { get; init; }

    /// <summary>Require a client certificate (two-way TLS, as DUO does). Only with <see cref="ServerCertificate"/>.</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>When not empty, only client certificates with one of these thumbprints are accepted; otherwise any.</summary>
    public IReadOnlySet<string> TrustedClientThumbprints { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Persoonsgebonden nummers whose meldingen are refused with the business error "leerling.onbekend".</summary>
    public IReadOnlySet<string> RefusedNummers { get; init; } = new HashSet<string>();

    /// <summary>The first meldingsnummer handed out; the next ones count up.</summary>
    public long FirstMeldingsnummer { get; init; } = 1_000_001;

    /// <summary>Where the stand-in logs each call (operation, outcome, MessageID, meldingsnummer; never personal data). Silent by default.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>The fault knobs at start.</summary>
    public DuoStandInFaults Faults { get; init; } = new();
}

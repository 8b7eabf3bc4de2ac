using System.Collections.Concurrent;
using IntegrationHub.Application.Duo;
using IntegrationHub.Testing.Duo;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>The in-memory register, recording the order in which requests reached it (melding id and operation).</summary>
internal sealed class OrderedDuoRegister(InMemoryDuoRegister register) : IDuoRegister
{
    private readonly ConcurrentQueue<(Guid MeldingId, string Operation)> _received = new();

    public InMemoryDuoRegister Inner { get; } = register;

    public IReadOnlyList<(Guid MeldingId, string Operation)> Received => [.. _received];

    public async Task<DuoMeldenResult> MeldenAsync(DuoVerzuimmelding melding, CancellationToken cancellationToken)
    {
        var result = await Inner.MeldenAsync(melding, cancellationToken);
        _received.Enqueue((melding.MeldingId, "melden"));
        return result;
    }

    public async Task<DuoMutatieResult> MutatieAsync(DuoMutatie mutatie, CancellationToken cancellationToken)
    {
        var result = await Inner.MutatieAsync(mutatie, cancellationToken);
        _received.Enqueue((mutatie.MeldingId, mutatie.Intrekken ? "intrekken" : "einddatum"));
        return result;
    }

    public Task<DuoMutatieResult> StatusGemeenteAsync(DuoGemeenteStatus status, CancellationToken cancellationToken) => Inner.StatusGemeenteAsync(status, cancellationToken);

    public Task<DuoGewijzigdeMeldingen> AanvraagGewijzigdeMeldingenAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Inner.AanvraagGewijzigdeMeldingenAsync(since, cancellationToken);
}

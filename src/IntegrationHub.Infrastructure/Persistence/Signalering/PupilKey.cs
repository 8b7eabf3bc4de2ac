using IntegrationHub.Domain.Events;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The key of a pupil_state row: one pupil at one school location.</summary>
internal readonly record struct PupilKey(string Pupil, string Brin, string Vestiging)
{
    public static PupilKey Of(string pupil, SchoolLocation school) => new(pupil, school.Brin, school.Vestiging);

    public SchoolLocation School => new(Brin, Vestiging);

    /// <summary>The key arrays (@Pupils, @Brins, @Vestigingen) of <see cref="SignaleringSql"/>'s statements.</summary>
    public static (string Name, object? Value)[] Arrays(IReadOnlyCollection<PupilKey> keys) =>
    [
        ("Pupils", keys.Select(k => k.Pupil).ToArray()),
        ("Brins", keys.Select(k => k.Brin).ToArray()),
        ("Vestigingen", keys.Select(k => k.Vestiging).ToArray()),
    ];
}

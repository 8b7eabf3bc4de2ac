using IntegrationHub.Application.Console.Bureau;

namespace IntegrationHub.Infrastructure.Persistence.Console.Bureau;

/// <summary>A row of <see cref="BureauSql.List"/> or <see cref="BureauSql.Find"/> (which adds the delivered notification's JSON).</summary>
internal sealed class BureauInboxRow
{
    public Guid MeldingId { get; init; }

    public string? Meldingsnummer { get; init; }

    public string Brin { get; init; } = "";

    public string Vestiging { get; init; } = "";

    public string Kind { get; init; } = "";

    public DateTime Begindatum { get; init; }

    public DateTime? Einddatum { get; init; }

    public string MeldingState { get; init; } = "";

    public DateTime RoutedAt { get; init; }

    public string? DuoStatus { get; init; }

    public DateTime? RegisteredAt { get; init; }

    public string? LastStatus { get; init; }

    public DateTime? LastStatusAt { get; init; }

    public string? Notification { get; init; }

    public BureauInboxItem ToItem() => new(
        MeldingId, Meldingsnummer, Brin, Vestiging, Kind, DateOnly.FromDateTime(Begindatum), Einddatum is { } e ? DateOnly.FromDateTime(e) : null,
        MeldingState, Utc(RoutedAt), DuoStatus, RegisteredAt is { } r ? Utc(r) : null, LastStatus, LastStatusAt is { } l ? Utc(l) : null);

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

using IntegrationHub.Application.Routing;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>How a <see cref="PartnerKind"/> is written in the directory's tables and data files: leerplicht, rmc, jgz.</summary>
public static class PartnerKinds
{
    public static string ToText(PartnerKind kind) => kind switch
    {
        PartnerKind.Leerplicht => "leerplicht",
        PartnerKind.Rmc => "rmc",
        PartnerKind.Jgz => "jgz",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static PartnerKind Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "leerplicht" => PartnerKind.Leerplicht,
        "rmc" => PartnerKind.Rmc,
        "jgz" => PartnerKind.Jgz,
        _ => throw new DirectoryDataException($"'{text}' is not a kind of partner organisation (leerplicht, rmc or jgz)."),
    };
}

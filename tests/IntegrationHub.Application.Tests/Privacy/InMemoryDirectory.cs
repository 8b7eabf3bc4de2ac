using IntegrationHub.Application.Routing;

namespace IntegrationHub.Application.Tests.Privacy;

/// <summary>
/// A small directory like the shipped one: three gemeenten with a leerplicht organisation and an RMC region, one that
/// switched partner notifications off, and (absent) an unknown code the generator also uses, which must park.
/// </summary>
internal sealed class InMemoryDirectory : IDirectory
{
    public const string NotificationsOff = "GM0307";
    public const string Unknown = "GM9999";

    public static IReadOnlyList<string> Woongemeenten { get; } = ["GM0014", "GM0014", "GM0344", "GM0363", NotificationsOff, Unknown];

    private static readonly Dictionary<string, GemeenteRoute> Routes = new(StringComparer.Ordinal)
    {
        ["GM0014"] = Route("GM0014", "Groningen", "lp-groningen", "rmc-groningen", notify: true),
        ["GM0344"] = Route("GM0344", "Utrecht", "lp-utrecht", "rmc-utrecht", notify: true),
        ["GM0363"] = Route("GM0363", "Amsterdam", "lp-amsterdam", "rmc-amsterdam", notify: true),
        [NotificationsOff] = Route(NotificationsOff, "Amersfoort", "lp-amersfoort", "rmc-amersfoort", notify: false),
    };

    public Task<GemeenteRoute?> FindGemeenteAsync(string gemeenteCode, DateOnly on, IReadOnlyList<string> pupilKinds, CancellationToken cancellationToken) =>
        Task.FromResult(Routes.GetValueOrDefault(gemeenteCode));

    public Task<JgzService?> FindJgzAsync(string brin, string vestiging, DateOnly on, CancellationToken cancellationToken) =>
        Task.FromResult<JgzService?>(null);

    private static GemeenteRoute Route(string code, string name, string leerplicht, string rmc, bool notify) => new(
        code, name, new PartnerOrganisation(leerplicht, PartnerKind.Leerplicht, $"Leerplicht {name}"),
        new PartnerOrganisation(rmc, PartnerKind.Rmc, $"RMC {name}"), notify, MazlBought: true);
}

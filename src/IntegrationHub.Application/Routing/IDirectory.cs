namespace IntegrationHub.Application.Routing;

/// <summary>
/// The routing directory (gemeente -> leerplicht organisation / RBL, RMC region; school -> JGZ), read as it stood on a
/// given day, so a melding routes by the directory of its own date.
/// </summary>
public interface IDirectory
{
    /// <summary>
    /// The route for pupils living in <paramref name="gemeenteCode"/> (CBS code, "GM0344") on <paramref name="on"/>; null
    /// when the gemeente is not in the directory on that day. <paramref name="pupilKinds"/> are the pupil's kinds, most
    /// specific first (e.g. "vso", "vo", "kwalificatieplicht"): an alternative route for one of them wins over the
    /// gemeente's default.
    /// </summary>
    Task<GemeenteRoute?> FindGemeenteAsync(string gemeenteCode, DateOnly on, IReadOnlyList<string> pupilKinds, CancellationToken cancellationToken);

    /// <summary>The JGZ serving the school location on <paramref name="on"/>; null when none is mapped.</summary>
    Task<JgzService?> FindJgzAsync(string brin, string vestiging, DateOnly on, CancellationToken cancellationToken);
}

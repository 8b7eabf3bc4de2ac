namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// One gemeente as CBS "Gebieden in Nederland" lists it: its code (GM0344) and name, its RMC region (MC19) and its GGD
/// region (GG2514), with where the row came from.
/// </summary>
public sealed record CbsGemeente(
    string Code,
    string Naam,
    string RmcRegionCode,
    string RmcRegionName,
    string GgdRegionCode,
    string GgdRegionName,
    string Provenance)
{
    /// <summary>Same gemeente, same name and same regions (the provenance is not compared).</summary>
    public bool SameRegionsAs(CbsGemeente other) =>
        other is not null && Code == other.Code && Naam == other.Naam && RmcRegionCode == other.RmcRegionCode
        && RmcRegionName == other.RmcRegionName && GgdRegionCode == other.GgdRegionCode && GgdRegionName == other.GgdRegionName;
}

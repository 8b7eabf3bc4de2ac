using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// Which column of a CBS "Gebieden in Nederland" CSV holds what (section "Directory:CbsColumns"), so a real CBS export
/// loads without a code change. The defaults are the column keys of the table's OData TypedDataSet (as in 86059NED,
/// "Gebieden in Nederland 2025"): RegioS for the gemeente code, Naam_2 for its name, Code_16/Naam_17 for the GGD region
/// (so numbered in 85755NED, the 2024 table, by a public script; assumed unchanged in 2025) and Code_36/Naam_37 for the
/// RMC region (derived from the alphabetical order of the table's region groups, NOT verified: check the table's
/// DataProperties before the first import). A wrong mapping does not load silently: a column that is missing, or
/// values that are not GMxxxx / MCxx / GGxxxx codes, stop the import with the column's name.
/// CBS pads codes with spaces (RegioS is "GM0344  "); values are trimmed.
/// </summary>
public sealed class CbsColumnOptions
{
    public const string SectionName = "Directory:CbsColumns";

    [Required]
    public string GemeenteCode { get; set; } = "RegioS";

    [Required]
    public string GemeenteNaam { get; set; } = "Naam_2";

    [Required]
    public string RmcRegionCode { get; set; } = "Code_36";

    [Required]
    public string RmcRegionName { get; set; } = "Naam_37";

    [Required]
    public string GgdRegionCode { get; set; } = "Code_16";

    [Required]
    public string GgdRegionName { get; set; } = "Naam_17";

    /// <summary>
    /// A column with each row's provenance, when the file has one (the hub's own data files do; a CBS export does not,
    /// and its rows then get the provenance given to the import).
    /// </summary>
    public string Provenance { get; set; } = "provenance";

    /// <summary>The field separator; empty: detected from the file (CBS exports use ';', the hub's files ',').</summary>
    public string? Separator { get; set; }
}

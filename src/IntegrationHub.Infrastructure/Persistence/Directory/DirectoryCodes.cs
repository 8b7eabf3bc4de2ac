using System.Text.RegularExpressions;

namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>The shapes of the codes the directory holds: CBS gemeente (GM0344), RMC region (MC19), GGD region (GG2514).</summary>
public static partial class DirectoryCodes
{
    public static bool IsGemeente(string? code) => code is not null && Gemeente().IsMatch(code);

    public static bool IsRmcRegion(string? code) => code is not null && Rmc().IsMatch(code);

    public static bool IsGgdRegion(string? code) => code is not null && Ggd().IsMatch(code);

    /// <summary>The RMC organisation of an RMC region: the region code in lower case (MC19 -> mc19).</summary>
    public static string RmcOrganisationId(string rmcRegionCode) => rmcRegionCode.ToLowerInvariant();

    /// <summary>
    /// A gemeente code as the hub stores it: "GM0344". Accepts DUO's four digits ("0344") and CBS's padded form.
    /// </summary>
    public static string NormaliseGemeente(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim().ToUpperInvariant();
        return trimmed.Length == 4 && trimmed.All(char.IsAsciiDigit) ? "GM" + trimmed : trimmed;
    }

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Gemeente();

    [GeneratedRegex("^MC[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rmc();

    [GeneratedRegex("^GG[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ggd();
}

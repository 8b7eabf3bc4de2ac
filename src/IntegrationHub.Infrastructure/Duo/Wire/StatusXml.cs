using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using static IntegrationHub.Infrastructure.Duo.Wire.WireValues;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>The status parts shared by statusGemeenteRequest and a wijziging: reden, toelichting, contactpersoon.</summary>
internal static class StatusXml
{
    public static XElement? Reden(string? contractCode) =>
        contractCode is null ? null : El("redenAfgesloten", DuoWireCodes.RedenAfgesloten.ToWire(contractCode));

    public static XElement? Toelichting(string? contractCode) =>
        contractCode is null ? null : El("toelichtingAfsluiting", DuoWireCodes.ToelichtingAfsluiting.ToWire(contractCode));

    public static string? ReadReden(XElement parent) =>
        OptText(parent, "redenAfgesloten") is { } wire ? DuoWireCodes.RedenAfgesloten.FromWire(wire) : null;

    public static string? ReadToelichting(XElement parent) =>
        OptText(parent, "toelichtingAfsluiting") is { } wire ? DuoWireCodes.ToelichtingAfsluiting.FromWire(wire) : null;

    /// <summary>Only the naam is required on the wire; empty functie, telefoon or e-mail are left out.</summary>
    public static XElement? Contactpersoon(DuoContactpersoon? c) => c is null ? null : El("contactpersoon", new[]
    {
        El("naam", c.Naam), Opt("functie", c.Functie), Opt("telefoon", c.Telefoon), Opt("email", c.Email),
    });

    /// <summary>Parts left out on the wire come back as empty strings.</summary>
    public static DuoContactpersoon? ReadContactpersoon(XElement parent) =>
        parent.Element(DuoWireNamespaces.Verzuimregister + "contactpersoon") is { } c
            ? new DuoContactpersoon(Text(c, "naam"), OptText(c, "functie") ?? "", OptText(c, "telefoon") ?? "", OptText(c, "email") ?? "")
            : null;
}

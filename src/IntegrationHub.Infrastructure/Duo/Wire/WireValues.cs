using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>Formats and reads the simple values of the DUO wire. Errors name the element, never its value.</summary>
internal static class WireValues
{
    private static readonly XNamespace Vr = DuoWireNamespaces.Verzuimregister;

    public static XElement El(string name, object? content) => new(Vr + name, content);

    /// <summary>An element only when the value is present (null or empty text is left out).</summary>
    public static XElement? Opt(string name, string? value) => string.IsNullOrEmpty(value) ? null : El(name, value);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Decimal(decimal value) => XmlConvert.ToString(value);

    public static XElement Child(XElement parent, string name) =>
        parent.Element(Vr + name) ?? throw new DuoWireFormatException($"'{parent.Name.LocalName}' misses '{name}'.");

    public static string Text(XElement parent, string name) => Child(parent, name).Value;

    public static string? OptText(XElement parent, string name) => parent.Element(Vr + name)?.Value;

    public static DateOnly ToDate(XElement parent, string name) => Parse(parent, name, v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static DateOnly? ToOptDate(XElement parent, string name) => parent.Element(Vr + name) is null ? null : ToDate(parent, name);

    public static DateTimeOffset ToTime(XElement parent, string name) => Parse(parent, name, XmlConvert.ToDateTimeOffset);

    public static bool ToBool(XElement parent, string name) => Parse(parent, name, XmlConvert.ToBoolean);

    public static int ToInt(XElement parent, string name) => Parse(parent, name, XmlConvert.ToInt32);

    public static decimal ToDecimal(XElement parent, string name) => Parse(parent, name, XmlConvert.ToDecimal);

    public static Guid ToGuid(XElement parent, string name) => Parse(parent, name, Guid.Parse);

    public static Guid? ToOptGuid(XElement parent, string name) => parent.Element(Vr + name) is null ? null : ToGuid(parent, name);

    public static T ToEnum<T>(XElement parent, string name)
        where T : struct, Enum =>
        Parse(parent, name, v => Enum.TryParse<T>(v, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsDigit(v[0])
            ? value
            : throw new FormatException());

    public static DuoBusinessError[] Fouten(XElement parent) =>
        parent.Element(Vr + "fouten") is { } fouten
            ? [.. fouten.Elements(Vr + "fout").Select(f => new DuoBusinessError(Text(f, "code"), Text(f, "omschrijving")))]
            : [];

    public static XElement FoutenElement(IEnumerable<DuoBusinessError> errors) =>
        El("fouten", errors.Select(e => El("fout", new[] { El("code", e.Code), El("omschrijving", e.Message) })));

    private static T Parse<T>(XElement parent, string name, Func<string, T> parse)
    {
        var text = Text(parent, name).Trim();
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new DuoWireFormatException($"'{parent.Name.LocalName}/{name}' does not hold a valid {typeof(T).Name}.", e);
        }
    }
}

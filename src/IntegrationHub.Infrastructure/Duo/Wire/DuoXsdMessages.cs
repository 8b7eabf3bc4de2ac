using System.Globalization;
using System.Xml.Linq;
using System.Xml.Schema;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// Short, readable messages for a value that fails its simple type ("longer than 200 characters", "not one of V3, V4,
/// ..."), read from the XSD's facets. Never repeats the value itself (it may be personal data).
/// </summary>
internal static class DuoXsdMessages
{
    /// <summary>The message for a leaf element that failed its simple type, or null when its type cannot say more.</summary>
    public static string? Describe(XElement element)
    {
        if (element.HasElements || element.GetSchemaInfo()?.SchemaElement?.ElementSchemaType is not XmlSchemaSimpleType type)
        {
            return null;
        }

        var text = element.Value;
        var restrictions = Restrictions(type).ToList();
        var facets = restrictions.SelectMany(r => r.Facets.OfType<XmlSchemaFacet>()).ToList();
        if (Limit<XmlSchemaMaxLengthFacet>(facets) is { } max && text.Length > max)
        {
            return $"longer than {max} characters ({text.Length}).";
        }

        if (Limit<XmlSchemaMinLengthFacet>(facets) is { } min && text.Length < min)
        {
            return text.Length == 0 ? "empty; a value is required." : $"shorter than {min} characters.";
        }

        var allowed = restrictions.Select(r => r.Facets.OfType<XmlSchemaEnumerationFacet>().Select(f => f.Value!).ToList()).FirstOrDefault(e => e.Count > 0);
        if (allowed is not null && !allowed.Contains(text.Trim(), StringComparer.Ordinal))
        {
            return $"not one of {string.Join(", ", allowed)}.";
        }

        return type.Datatype?.TypeCode switch
        {
            XmlTypeCode.Date => "not a date (yyyy-mm-dd).",
            XmlTypeCode.DateTime => "not a moment with a time zone (yyyy-mm-ddThh:mm:ssZ).",
            XmlTypeCode.Boolean => "not true or false.",
            XmlTypeCode.Decimal or XmlTypeCode.Integer or XmlTypeCode.NonNegativeInteger => "not a valid number for this field.",
            _ => facets.OfType<XmlSchemaPatternFacet>().Select(p => p.Value).FirstOrDefault() is { } pattern
                ? $"does not have the required form ({pattern})."
                : null,
        };
    }

    private static IEnumerable<XmlSchemaSimpleTypeRestriction> Restrictions(XmlSchemaSimpleType? type)
    {
        for (; type is not null; type = type.BaseXmlSchemaType as XmlSchemaSimpleType)
        {
            if (type.Content is XmlSchemaSimpleTypeRestriction restriction)
            {
                yield return restriction;
            }
        }
    }

    private static int? Limit<T>(List<XmlSchemaFacet> facets)
        where T : XmlSchemaFacet =>
        facets.OfType<T>().Select(f => int.Parse(f.Value!, CultureInfo.InvariantCulture)).Cast<int?>().Min();
}

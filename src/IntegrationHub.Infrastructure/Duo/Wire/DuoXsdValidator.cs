using System.Text.RegularExpressions;
using System.Xml.Linq;
using System.Xml.Schema;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// Validates a body element (request or response) against contracts/duo/verzuimregister.xsd. The problems name the
/// field and what is wrong; values are taken out of the messages (they may be personal data). Thread-safe.
/// </summary>
public static partial class DuoXsdValidator
{
    private static readonly ThreadLocal<XmlSchemaSet> Schemas = new(DuoXsd.CreateSchemaSet);

    /// <summary>Every problem of <paramref name="body"/>; empty when it is valid.</summary>
    public static IReadOnlyList<DuoXsdProblem> Validate(XElement body)
    {
        var schemas = Schemas.Value!;
        if (schemas.GlobalElements[new System.Xml.XmlQualifiedName(body.Name.LocalName, body.Name.NamespaceName)] is null)
        {
            return [new DuoXsdProblem(body.Name.LocalName, "Not a body element of the verzuimregister schema.")];
        }

        var failures = new List<(object? Sender, string Message)>();
        var document = new XDocument(new XElement(body));
        document.Validate(schemas, (sender, e) => failures.Add((sender, e.Message)), addSchemaInfo: true);
        return [.. failures.Select(f => new DuoXsdProblem(PathOf(f.Sender), Describe(f.Sender, f.Message)))];
    }

    /// <summary>True when <paramref name="body"/> is valid.</summary>
    public static bool IsValid(XElement body) => Validate(body).Count == 0;

    private static string PathOf(object? sender)
    {
        var element = sender switch
        {
            XElement e => e,
            XAttribute a => a.Parent,
            XObject o => o.Parent,
            _ => null,
        };
        var names = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            names.Add(e.Name.LocalName);
        }

        names.Reverse();
        var path = string.Join('/', names);
        return sender is XAttribute attribute ? $"{path}/@{attribute.Name.LocalName}" : path;
    }

    private static string Describe(object? sender, string message) =>
        (sender is XElement element ? DuoXsdMessages.Describe(element) : null) ?? Redact(message, sender);

    private static string Redact(string message, object? sender)
    {
        var redacted = ValueClause().Replace(message, "The value is invalid according to");
        var value = sender switch
        {
            XElement e when !e.HasElements => e.Value,
            XAttribute a => a.Value,
            _ => null,
        };
        if (value is { Length: >= 3 })
        {
            redacted = redacted.Replace(value, "(value withheld)", StringComparison.Ordinal);
        }

        return redacted
            .Replace($" in namespace '{DuoWireNamespaces.Verzuimregister.NamespaceName}'", "", StringComparison.Ordinal)
            .Replace(DuoWireNamespaces.Verzuimregister.NamespaceName + ":", "", StringComparison.Ordinal)
            .Replace(DuoWireNamespaces.Verzuimregister.NamespaceName, "vr", StringComparison.Ordinal);
    }

    [GeneratedRegex("The value '.*' is invalid according to", RegexOptions.Singleline)]
    private static partial Regex ValueClause();
}

using System.Xml;
using System.Xml.Schema;

namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>contracts/duo/verzuimregister.xsd, embedded in this assembly.</summary>
public static class DuoXsd
{
    /// <summary>The manifest resource name of the embedded XSD.</summary>
    public const string ResourceName = "IntegrationHub.Infrastructure.Duo.Wire.verzuimregister.xsd";

    /// <summary>The XSD's text, as shipped in contracts/duo.</summary>
    public static string Text()
    {
        using var reader = new StreamReader(Open());
        return reader.ReadToEnd();
    }

    /// <summary>A new compiled schema set holding the XSD (XmlSchemaSet is not thread-safe: one per user).</summary>
    public static XmlSchemaSet CreateSchemaSet()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var stream = Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(DuoWireNamespaces.Verzuimregister.NamespaceName, reader);
        set.Compile();
        return set;
    }

    private static Stream Open() =>
        typeof(DuoXsd).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
}

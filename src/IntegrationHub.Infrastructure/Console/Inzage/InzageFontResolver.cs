using PdfSharp.Fonts;

namespace IntegrationHub.Infrastructure.Console.Inzage;

/// <summary>
/// Gives PDFsharp its two faces from font files (regular and bold), whatever family is asked for. PDFsharp's font
/// resolver is process-wide: <see cref="Install"/> sets it once.
/// </summary>
internal sealed class InzageFontResolver(string regularFile, string boldFile) : IFontResolver
{
    public const string Family = "InzageSans";
    private const string Regular = "inzage-regular";
    private const string Bold = "inzage-bold";
    private static readonly Lock Gate = new();

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == Bold ? boldFile : regularFile);

    public static void Install(InzageExportOptions options)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not InzageFontResolver)
            {
                GlobalFontSettings.FontResolver = new InzageFontResolver(options.RegularFont, options.BoldFont);
            }
        }
    }
}

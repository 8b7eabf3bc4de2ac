using System.Globalization;
using System.Text;
using IntegrationHub.Application.Console.Inzage;
using IntegrationHub.Application.Privacy;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace IntegrationHub.Infrastructure.Console.Inzage;

/// <summary>
/// The inzage list as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read the accents, semicolon-separated as
/// Dutch spreadsheets expect) and as PDF (PDFsharp, A4, one block per disclosure, pages as needed). Both name the pupil by
/// the hub pseudonym only.
/// </summary>
public sealed class InzageExporter(IOptions<InzageExportOptions> options) : IInzageExport
{
    private static readonly string[] Header =
        ["tijdstip", "ontvanger", "verwerking", "grondslag", "gegevenscategorieen", "toestemming", "aanleiding", "bericht", "trace", "status", "reden"];

    private const double Margin = 50;

    public byte[] Csv(InzageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var csv = new StringBuilder();
        csv.AppendJoin(';', Header).Append("\r\n");
        foreach (var d in document.Disclosures)
        {
            csv.AppendJoin(';', Fields(d).Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>RFC 4180: a field with a separator, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n,") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public byte[] Pdf(InzageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        InzageFontResolver.Install(options.Value);
        using var pdf = new PdfDocument();
        pdf.Info.Title = "Inzage verstrekkingen " + document.Pupil;
        // WinAnsi: Dutch text fits it, and the text stays searchable and copyable in any PDF reader.
        var encoding = new XPdfFontOptions(PdfFontEncoding.WinAnsi);
        var title = new XFont(InzageFontResolver.Family, 14, XFontStyleEx.Bold, encoding);
        var bold = new XFont(InzageFontResolver.Family, 9, XFontStyleEx.Bold, encoding);
        var body = new XFont(InzageFontResolver.Family, 9, XFontStyleEx.Regular, encoding);
        var page = new PdfPageWriter(pdf);
        page.Line("Inzage (AVG art. 15): verstrekkingen over een leerling", title, 22);
        page.Line("Leerling (pseudoniem van de hub): " + document.Pupil, body, 14);
        page.Line("Opgemaakt: " + Time(document.MadeAt) + " UTC; aantal verstrekkingen: " + document.Disclosures.Count.ToString(CultureInfo.InvariantCulture), body, 22);
        if (document.Disclosures.Count == 0)
        {
            page.Line("Er zijn geen verstrekkingen over deze leerling vastgelegd.", body, 14);
        }

        foreach (var d in document.Disclosures)
        {
            page.Keep(6 * 13 + 10);
            page.Line(Time(d.StartedAt) + "  " + d.Recipient + "  (" + d.Status + (d.StatusReason is null ? "" : ": " + d.StatusReason) + ")", bold, 13);
            page.Wrapped("Verwerking: " + d.ActivityId + "; grondslag: " + d.LegalBasis, body);
            page.Wrapped("Gegevens: " + string.Join(", ", d.DataCategories), body);
            if (d.ConsentId is not null)
            {
                page.Wrapped("Toestemming: " + d.ConsentId, body);
            }

            page.Wrapped("Bericht: " + d.MessageId + "; trace: " + d.TraceId + (d.Operation is null ? "" : "; aanleiding: " + d.Operation), body);
            page.Space(8);
        }

        page.Dispose();
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private static IEnumerable<string> Fields(PupilDisclosure d) =>
    [
        Time(d.StartedAt), d.Recipient, d.ActivityId, d.LegalBasis, string.Join(", ", d.DataCategories), d.ConsentId ?? "",
        d.Operation ?? "", d.MessageId.ToString(), d.TraceId, d.Status, d.StatusReason ?? "",
    ];

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Writes lines top-down on A4 pages, starting a new page when the next block does not fit.</summary>
    private sealed class PdfPageWriter(PdfDocument pdf) : IDisposable
    {
        private PdfPage? _page;
        private XGraphics? _graphics;
        private double _y;

        private XGraphics Graphics => _graphics ?? NewPage();

        public void Line(string text, XFont font, double height)
        {
            Keep(height);
            Graphics.DrawString(text, font, XBrushes.Black, new XRect(Margin, _y, Width, height), XStringFormats.TopLeft);
            _y += height;
        }

        public void Wrapped(string text, XFont font)
        {
            var lines = Math.Max(1, (int)Math.Ceiling(Graphics.MeasureString(text, font).Width / Width));
            var height = lines * 12.0;
            Keep(height);
            new XTextFormatter(Graphics).DrawString(text, font, XBrushes.Black, new XRect(Margin + 10, _y, Width - 10, height), XStringFormats.TopLeft);
            _y += height + 1;
        }

        public void Space(double height) => _y += height;

        public void Keep(double height)
        {
            if (_graphics is null || _y + height > _page!.Height.Point - Margin)
            {
                NewPage();
            }
        }

        private double Width => (_page?.Width.Point ?? 595) - 2 * Margin;

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            _y = Margin;
            return _graphics;
        }

        public void Dispose() => _graphics?.Dispose();
    }
}

using System.Text;
using IntegrationHub.Application.Console.Inzage;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Console.Inzage;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace IntegrationHub.Infrastructure.Tests.Console.Inzage;

/// <summary>
/// The inzage exports (AVG art. 15): the CSV holds every disclosure, the PDF is a valid PDF that PDFsharp opens again, with
/// at least one page and every entry's message id and recipient in its text, on the machine's own fonts.
/// </summary>
public sealed class InzageExporterTests
{
    private const string Pupil = "abcdefghijklmnopqrstuvwxyz";
    private static readonly InzageExporter Exporter = new(Options.Create(new InzageExportOptions()));

    [Fact]
    public void Should_write_a_header_and_one_line_per_disclosure_when_exporting_csv()
    {
        var document = Document(3);

        var text = Encoding.UTF8.GetString(Exporter.Csv(document)).TrimStart('\uFEFF');

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("tijdstip;ontvanger;verwerking;grondslag", lines[0], StringComparison.Ordinal);
        foreach (var (line, disclosure) in lines.Skip(1).Zip(document.Disclosures))
        {
            Assert.Contains(disclosure.MessageId.ToString(), line, StringComparison.Ordinal);
            Assert.Contains("leerplicht.lp-groningen", line, StringComparison.Ordinal);
            Assert.Contains("\"persoonsgebonden-nummer, verzuimperiode\"", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(80, 2)]
    public void Should_write_a_valid_pdf_that_pdfsharp_opens_with_every_entry_when_exporting_pdf(int count, int minimumPages)
    {
        var document = Document(count);

        var bytes = Exporter.Pdf(document);

        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var opened = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(opened.PageCount >= minimumPages, $"{opened.PageCount} pages");
        var text = PageText(opened);
        Assert.Contains(Pupil, text, StringComparison.Ordinal);
        foreach (var disclosure in document.Disclosures)
        {
            Assert.Contains(disclosure.MessageId.ToString(), text, StringComparison.Ordinal);
        }
    }

    private static string PageText(PdfDocument pdf)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var content = pdf.Pages[i].Contents.CreateSingleContent();
            text.Append(Encoding.Latin1.GetString(content.Stream.UnfilteredValue));
        }

        return text.ToString();
    }

    private static InzageDocument Document(int count) => new(Pupil, DateTimeOffset.UtcNow,
        Enumerable.Range(0, count).Select(i => new PupilDisclosure
        {
            StartedAt = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(i),
            Recipient = "leerplicht.lp-groningen",
            ActivityId = "verzuimmelding-leerplicht/v1",
            LegalBasis = "AVG art. 6(1)(c); Leerplichtwet art. 21",
            DataCategories = ["persoonsgebonden-nummer", "verzuimperiode"],
            MessageId = Guid.NewGuid(),
            TraceId = "4bf92f3577b34da6a3ce929d0e0e4736",
            Status = "sent",
        }).ToList());
}

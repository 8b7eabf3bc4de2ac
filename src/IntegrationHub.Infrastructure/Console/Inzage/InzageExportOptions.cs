using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Console.Inzage;

/// <summary>
/// Section "Inzage": the TrueType fonts the PDF export embeds. PDFsharp on Linux finds no system fonts by itself; the
/// default is Liberation Sans (SIL Open Font License), as Debian's fonts-liberation installs it.
/// </summary>
public sealed class InzageExportOptions
{
    public const string SectionName = "Inzage";

    [Required]
    public string RegularFont { get; set; } = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";

    [Required]
    public string BoldFont { get; set; } = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf";
}

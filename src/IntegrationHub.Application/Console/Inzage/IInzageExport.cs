namespace IntegrationHub.Application.Console.Inzage;

/// <summary>The inzage list (AVG art. 15) as files a parent can be given: CSV (UTF-8, one line per disclosure) and PDF.</summary>
public interface IInzageExport
{
    byte[] Csv(InzageDocument document);

    byte[] Pdf(InzageDocument document);
}

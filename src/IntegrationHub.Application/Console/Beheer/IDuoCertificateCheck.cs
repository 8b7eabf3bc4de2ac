namespace IntegrationHub.Application.Console.Beheer;

/// <summary>Reads the configured DUO client certificate afresh (a renewed file clears the warning).</summary>
public interface IDuoCertificateCheck
{
    DuoCertificateStatus Check();
}

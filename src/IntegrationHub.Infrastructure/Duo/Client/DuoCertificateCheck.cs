using System.Globalization;
using IntegrationHub.Application.Console.Beheer;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The console's DUO certificate-expiry check: the "Duo:Client" settings the worker uses (bound here without their
/// start-up validation, so a console without DUO settings still starts and says so), the file read as the worker reads it.
/// </summary>
public sealed class DuoCertificateCheck(IConfiguration configuration, TimeProvider time) : IDuoCertificateCheck
{
    public DuoCertificateStatus Check()
    {
        var settings = new DuoClientOptions();
        configuration.GetSection(DuoClientOptions.SectionName).Bind(settings);
        if (string.IsNullOrWhiteSpace(settings.ClientCertificatePath))
        {
            return new DuoCertificateStatus(HealthState.Unreachable, "Er is geen DUO-clientcertificaat ingesteld (Duo:Client:ClientCertificatePath).", null, null, null);
        }

        try
        {
            using var certificate = DuoClientCertificate.Load(settings);
            var now = time.GetUtcNow();
            var expires = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
            var days = (int)Math.Floor((expires - now).TotalDays);
            var date = expires.ToString("d-M-yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
            var (state, text) = expires <= now
                ? (HealthState.Unreachable, $"Verlopen op {date}: DUO weigert de verbinding. Vervang het certificaat.")
                : days < settings.CertificateWarningDays
                    ? (HealthState.Degraded, $"Verloopt op {date}, over {days} dagen: vraag een nieuw certificaat aan.")
                    : (HealthState.Healthy, $"Geldig tot {date}, nog {days} dagen.");
            return new DuoCertificateStatus(state, text, expires, days, certificate.Subject);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return new DuoCertificateStatus(HealthState.Unreachable, "Het DUO-clientcertificaat kan niet worden gelezen (" + e.GetType().Name + ").", null, null, null);
        }
    }
}

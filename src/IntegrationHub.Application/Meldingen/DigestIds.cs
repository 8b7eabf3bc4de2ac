using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Meldingen;

/// <summary>A digest's id from its school and send time, so a replay gives the same ids every run.</summary>
public static class DigestIds
{
    public static Guid For(SchoolLocation school, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(school);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"digest|{school.Brin}|{school.Vestiging}|{sentAt.UtcTicks}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}

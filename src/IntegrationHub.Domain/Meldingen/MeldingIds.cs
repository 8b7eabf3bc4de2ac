using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Meldingen;

/// <summary>Melding ids derived from the school and the finding: the same facts give the same id in any order.</summary>
public static class MeldingIds
{
    public static Guid For(SchoolLocation school, string findingId)
    {
        ArgumentNullException.ThrowIfNull(school);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"verzuimmelding|{school.Brin}|{school.Vestiging}|{findingId}"), hash);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom, RFC 9562), written little-endian by Guid
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant
        return new Guid(bytes);
    }
}

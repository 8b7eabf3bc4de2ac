using System.Security.Cryptography;
using System.Text;

namespace PartnerConsumer;

/// <summary>
/// The id of an answer is derived from the message it answers: if this consumer stops after answering but before
/// acknowledging, the redelivered message is answered again with the same id, and the hub stores the answer once.
/// </summary>
internal static class AnswerId
{
    public static Guid For(Guid answered, string answerType)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{answered:N}/{answerType}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Persistence.Privacy;

/// <summary>
/// Encrypts the pupil pseudonym for the disclosure log (AES-GCM, random nonce) and derives the keyed lookup hash
/// (HMAC-SHA256) by which a pupil's entries are found. Both keys are derived from <see cref="DisclosureOptions.Key"/>.
/// </summary>
public sealed class DisclosureSubjectProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] encryptionKey;
    private readonly byte[] lookupKey;

    public DisclosureSubjectProtector(IOptions<DisclosureOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = Encoding.UTF8.GetBytes(options.Value.Key);
        encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "disclosure-subject-encryption"u8.ToArray());
        lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "disclosure-subject-lookup"u8.ToArray());
    }

    public byte[] Lookup(string subject) => HMACSHA256.HashData(lookupKey, Encoding.UTF8.GetBytes(subject));

    public byte[] Protect(string subject)
    {
        var plain = Encoding.UTF8.GetBytes(subject);
        var result = new byte[NonceSize + TagSize + plain.Length];
        var nonce = result.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, result.AsSpan(NonceSize + TagSize), result.AsSpan(NonceSize, TagSize));
        return result;
    }

    public string Unprotect(byte[] cipher)
    {
        ArgumentNullException.ThrowIfNull(cipher);
        var plain = new byte[cipher.Length - NonceSize - TagSize];
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Decrypt(cipher.AsSpan(0, NonceSize), cipher.AsSpan(NonceSize + TagSize), cipher.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }
}

using System.Security.Cryptography;
using System.Text;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>HTTP API keys: 32 random bytes, shown once; the hub stores only their SHA-256.</summary>
public static class ApiKey
{
    private const string Prefix = "ihk_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A random password for a school's RabbitMQ user.</summary>
    public static string NewPassword() => Base64Url(RandomNumberGenerator.GetBytes(24));

    public static string Sha256Hex(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

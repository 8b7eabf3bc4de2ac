using System.Text;

namespace IntegrationHub.Application.Intake;

/// <summary>
/// Texts a transport hands over beside the body (AMQP type and content type, an HTTP item's messageType), made fit
/// to keep: control characters and lone surrogates become '?', and the length is bounded. PostgreSQL refuses a NUL
/// in text, so a raw header must never reach a text column.
/// </summary>
public static class TransportText
{
    public const int MaxLength = 200;

    public static string? Bound(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Length > MaxLength ? value[..MaxLength] : value;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? '?' : c);
            }
        }

        return clean.ToString();
    }
}

using System.Text.Json;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Reading;

/// <summary>
/// Checks every text of a JSON document, member names included, before it is read into a contract: no control
/// characters (a NUL is refused by PostgreSQL, an escape or C1 code has no place in a school's data; tab, CR and LF
/// are allowed), no lone surrogates, nothing longer than <see cref="MaxTextLength"/>. The first fault found is the
/// reason; it names the path, never the value. Shared by the school intake and the partner gateway.
/// </summary>
public static class JsonTextScan
{
    /// <summary>Longer than any text a contract carries (the longest DUO field is 200): a bound, not a field rule.</summary>
    public const int MaxTextLength = 4000;

    public static RejectionReason? Check(JsonElement element) => Check(element, string.Empty);

    /// <summary>The string's value, or null when it is no string or cannot be read (a lone surrogate escape).</summary>
    public static string? TextOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? Read(element.GetString) : null;

    /// <summary>True when the text has no control character (tab, CR, LF allowed) and no lone surrogate.</summary>
    public static bool IsClean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fault(text) is null;
    }

    private static RejectionReason? Check(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = Read(() => property.Name);
                    var nameFault = name is null ? RejectionCodes.FieldInvalidUnicode : Fault(name);
                    if (nameFault is not null)
                    {
                        return Reason(nameFault, path, "A member name");
                    }

                    var at = path.Length == 0 ? name! : $"{path}.{name}";

                    if (Check(property.Value, at) is { } reason)
                    {
                        return reason;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Check(item, $"{path}[{index++}]") is { } reason)
                    {
                        return reason;
                    }
                }

                return null;
            case JsonValueKind.String:
                var text = Read(element.GetString);
                if (text is null)
                {
                    return Reason(RejectionCodes.FieldInvalidUnicode, path, "The text");
                }

                if (text.Length > MaxTextLength)
                {
                    return Rejections.New(RejectionCodes.FieldTooLong, path, $"The text at '{path}' is longer than {MaxTextLength} characters.");
                }

                return Fault(text) is { } fault ? Reason(fault, path, "The text") : null;
            default:
                return null;
        }
    }

    private static string? Fault(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return RejectionCodes.FieldControlCharacter;
            }

            if (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[++i])))
            {
                return RejectionCodes.FieldInvalidUnicode;
            }

            if (char.IsLowSurrogate(c))
            {
                return RejectionCodes.FieldInvalidUnicode;
            }
        }

        return null;
    }

    /// <summary>GetString throws for an escaped lone surrogate that cannot be transcoded; that is a reason, not a crash.</summary>
    private static string? Read(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static RejectionReason Reason(string code, string path, string what) => Rejections.New(code, path,
        code == RejectionCodes.FieldControlCharacter
            ? $"{what} at '{path}' contains a control character (only tab, CR and LF are allowed)."
            : $"{what} at '{path}' is not valid Unicode (a lone surrogate).");
}

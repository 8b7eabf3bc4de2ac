using System.Globalization;
using System.Text;
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

    public static RejectionReason? Check(JsonElement element)
    {
        if (Scan(element) is not { } found)
        {
            return null;
        }

        // The path is written out only for the fault, from the innermost segment back up: building it for every member
        // of every message, and a delegate for every text read, was a visible part of the intake's profile.
        var path = new StringBuilder();
        for (var i = found.Trail.Count - 1; i >= 0; i--)
        {
            if (path.Length > 0 && found.Trail[i][0] != '[')
            {
                path.Append('.');
            }

            path.Append(found.Trail[i]);
        }

        var at = path.ToString();
        return found.Code == RejectionCodes.FieldTooLong
            ? Rejections.New(RejectionCodes.FieldTooLong, at, $"The text at '{at}' is longer than {MaxTextLength} characters.")
            : Reason(found.Code, at, found.What);
    }

    /// <summary>The string's value, or null when it is no string or cannot be read (a lone surrogate escape).</summary>
    public static string? TextOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? StringOrNull(element) : null;

    /// <summary>True when the text has no control character (tab, CR, LF allowed) and no lone surrogate.</summary>
    public static bool IsClean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fault(text) is null;
    }

    private static Found? Scan(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = NameOrNull(property);
                    var nameFault = name is null ? RejectionCodes.FieldInvalidUnicode : Fault(name);
                    if (nameFault is not null)
                    {
                        return new Found(nameFault, "A member name");
                    }

                    if (Scan(property.Value) is { } found)
                    {
                        found.Trail.Add(name!);
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Scan(item) is { } found)
                    {
                        found.Trail.Add(string.Create(CultureInfo.InvariantCulture, $"[{index}]"));
                        return found;
                    }

                    index++;
                }

                return null;
            case JsonValueKind.String:
                var text = StringOrNull(element);
                if (text is null)
                {
                    return new Found(RejectionCodes.FieldInvalidUnicode, "The text");
                }

                if (text.Length > MaxTextLength)
                {
                    return new Found(RejectionCodes.FieldTooLong, "The text");
                }

                return Fault(text) is { } fault ? new Found(fault, "The text") : null;
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
    private static string? StringOrNull(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>As <see cref="StringOrNull"/>, for a member name.</summary>
    private static string? NameOrNull(JsonProperty property)
    {
        try
        {
            return property.Name;
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

    /// <summary>The first fault found: its code, what held it, and the path back up to the root, innermost first.</summary>
    private sealed class Found(string code, string what)
    {
        public string Code { get; } = code;

        public string What { get; } = what;

        public List<string> Trail { get; } = [];
    }
}

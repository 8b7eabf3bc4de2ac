namespace IntegrationHub.Application.Duo;

/// <summary>
/// Gemeente codes between the hub's CBS form ("GM0344") and DUO's 4-digit form ("0344"). Pure; anything else is
/// refused (a code that cannot be mapped is never guessed).
/// </summary>
public static class GemeenteCodes
{
    /// <summary>"GM0344" -> "0344". Throws <see cref="FormatException"/> for anything that is not "GM" and 4 digits.</summary>
    public static string ToDuo(string cbs) =>
        TryToDuo(cbs, out var duo) ? duo : throw new FormatException("Not a CBS gemeente code (GM and 4 digits).");

    /// <summary>"0344" -> "GM0344". Throws <see cref="FormatException"/> for anything that is not 4 digits.</summary>
    public static string FromDuo(string duo) =>
        TryFromDuo(duo, out var cbs) ? cbs : throw new FormatException("Not a DUO gemeente code (4 digits).");

    public static bool TryToDuo(string? cbs, out string duo)
    {
        duo = "";
        if (cbs is not { Length: 6 } || !cbs.StartsWith("GM", StringComparison.Ordinal) || !IsFourDigits(cbs.AsSpan(2)))
        {
            return false;
        }

        duo = cbs[2..];
        return true;
    }

    public static bool TryFromDuo(string? duo, out string cbs)
    {
        cbs = "";
        if (duo is not { Length: 4 } || !IsFourDigits(duo))
        {
            return false;
        }

        cbs = "GM" + duo;
        return true;
    }

    private static bool IsFourDigits(ReadOnlySpan<char> value) => value.Length == 4 && value.ContainsAnyExceptInRange('0', '9') is false;
}

namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// Gemeente codes between CBS ("GM0344") and DUO's 4-digit form ("0344"), for the status loop. A stand-in until
/// <c>Application/Duo/GemeenteCodes</c> (written with the DUO dispatcher) is merged; then this delegates to it or goes.
/// </summary>
internal static class StatusGemeenteCodes
{
    /// <summary>"0344" -> "GM0344"; null for anything that is not 4 digits (a code that cannot be mapped is never guessed).</summary>
    public static string? FromDuo(string? duo) =>
        duo is { Length: 4 } && duo.All(char.IsAsciiDigit) ? "GM" + duo : null;

    /// <summary>"GM0344" -> "0344". Throws <see cref="FormatException"/> for anything that is not "GM" and 4 digits.</summary>
    public static string ToDuo(string cbs) =>
        cbs is { Length: 6 } && cbs.StartsWith("GM", StringComparison.Ordinal) && cbs.AsSpan(2).ContainsAnyExceptInRange('0', '9') is false
            ? cbs[2..]
            : throw new FormatException("Not a CBS gemeente code (GM and 4 digits).");
}

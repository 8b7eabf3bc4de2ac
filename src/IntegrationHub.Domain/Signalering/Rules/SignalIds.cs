using System.Globalization;

namespace IntegrationHub.Domain.Signalering.Rules;

/// <summary>Deterministic signal ids: rule name, pupil and the dates (or step) the signal is about.</summary>
internal static class SignalIds
{
    public static string For(string rule, string pupil, params object[] parts) =>
        string.Join(':', new[] { rule, pupil }.Concat(parts.Select(Format)));

    private static string Format(object part) => part switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => part.ToString() ?? "",
    };
}

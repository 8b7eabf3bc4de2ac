using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Reading;

/// <summary>
/// Turns a System.Text.Json failure into a reason a school's developer can act on. The serializer's own
/// wording is matched loosely; anything unrecognised becomes <see cref="RejectionCodes.FieldInvalid"/>.
/// Only member names and paths are echoed back, never values.
/// </summary>
internal static partial class JsonErrorTranslator
{
    public static RejectionReason Translate(JsonException exception, Type contract)
    {
        var path = Field(exception.Path);
        var text = exception.Message;

        if (text.Contains("missing required properties", StringComparison.Ordinal))
        {
            var names = Quoted().Matches(text[text.IndexOf("including:", StringComparison.Ordinal)..])
                .Select(match => Join(path, match.Groups[1].Value)).ToArray();
            return Rejections.New(RejectionCodes.FieldRequired, names.FirstOrDefault() ?? path,
                $"Required member(s) missing: {string.Join(", ", names)}.");
        }

        if (text.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            var name = Quoted().Match(text) is { Success: true } match ? match.Groups[1].Value : "?";
            return Rejections.New(RejectionCodes.FieldUnknown, path.EndsWith(name, StringComparison.Ordinal) ? path : Join(path, name),
                $"Member '{name}' is not part of {contract.Name} (check the spelling).");
        }

        if (text.Contains("null", StringComparison.OrdinalIgnoreCase) && text.Contains("nullab", StringComparison.OrdinalIgnoreCase))
        {
            return Rejections.New(RejectionCodes.FieldRequired, path, $"Member '{path}' may not be null.");
        }

        if (EnumTarget(text) is { } enumType)
        {
            return Rejections.New(RejectionCodes.EnumUnknown, path,
                $"Unknown {enumType.Name} code at '{path}'; expected one of: {string.Join(", ", Codes(enumType))}.");
        }

        return Rejections.New(RejectionCodes.FieldInvalid, path, $"The value at '{path}' does not have the expected type or format.");
    }

    private static Type? EnumTarget(string text)
    {
        const string marker = "could not be converted to ";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var name = text[(at + marker.Length)..].Split(' ')[0].TrimEnd('.');
        const string nullable = "System.Nullable`1[";
        if (name.StartsWith(nullable, StringComparison.Ordinal))
        {
            name = name[nullable.Length..].TrimEnd(']');
        }

        var type = typeof(Envelope).Assembly.GetType(name);
        return type is { IsEnum: true } ? type : null;
    }

    private static IEnumerable<string> Codes(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name);

    private static string Field(string? jsonPath) =>
        jsonPath is null or "$" ? string.Empty : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}

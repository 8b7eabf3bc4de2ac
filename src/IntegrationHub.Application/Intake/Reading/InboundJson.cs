using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Application.Intake.Reading;

/// <summary>
/// How inbound contracts are read: web defaults (camelCase), but strict, so that a typo or a missing
/// member is an answer to the school rather than a silently defaulted field.
/// </summary>
public static class InboundJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

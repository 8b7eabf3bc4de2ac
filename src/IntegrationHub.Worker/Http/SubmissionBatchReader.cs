using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Intake.Reading;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// Reads <c>{ "items": [ { "messageType": "...", "message": { ... } } ] }</c>. Only the outer shape is checked
/// here; each "message" is passed on as its raw JSON, for the intake to read and answer per item.
/// </summary>
public static class SubmissionBatchReader
{
    public static async Task<SubmissionBatchReadResult> ReadAsync(Stream body, int maxItems, long maxBytes, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException)
        {
            return SubmissionBatchReadResult.Malformed("The request body is not JSON.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent without Content-Length (chunked) that runs past the limit: Kestrel stops reading it.
            return SubmissionBatchReadResult.TooMany($"The request body is larger than {maxBytes} bytes, the most that is read.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("items", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                return SubmissionBatchReadResult.Malformed("The request body must be an object with an \"items\" array.");
            }

            var count = items.GetArrayLength();
            if (count > maxItems)
            {
                return SubmissionBatchReadResult.TooMany($"The batch has {count} items; at most {maxItems} are accepted per request.");
            }

            return SubmissionBatchReadResult.Read(items.EnumerateArray().Select(ReadItem).ToList());
        }
    }

    private static SubmissionBatchItem ReadItem(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new SubmissionBatchItem(null, Encoding.UTF8.GetBytes(item.GetRawText()));
        }

        var messageType = item.TryGetProperty("messageType", out var type) ? JsonTextScan.TextOrNull(type) : null;
        var message = item.TryGetProperty("message", out var body) ? Encoding.UTF8.GetBytes(body.GetRawText()) : [];
        return new SubmissionBatchItem(messageType, message);
    }
}

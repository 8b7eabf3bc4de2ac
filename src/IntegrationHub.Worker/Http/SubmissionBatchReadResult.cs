namespace IntegrationHub.Worker.Http;

/// <summary>The items of a batch, or why the batch as a whole cannot be read (400) or is too large (413).</summary>
public sealed record SubmissionBatchReadResult(IReadOnlyList<SubmissionBatchItem> Items, int? ErrorStatus, string? ErrorDetail)
{
    public static SubmissionBatchReadResult Read(IReadOnlyList<SubmissionBatchItem> items) => new(items, null, null);

    public static SubmissionBatchReadResult Malformed(string detail) => new([], StatusCodes.Status400BadRequest, detail);

    public static SubmissionBatchReadResult TooMany(string detail) => new([], StatusCodes.Status413PayloadTooLarge, detail);
}

namespace IntegrationHub.Worker.Http;

public sealed record SubmissionBatchResponse(IReadOnlyList<SubmissionItemResult> Results);

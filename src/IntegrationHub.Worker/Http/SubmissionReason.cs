namespace IntegrationHub.Worker.Http;

/// <summary>Why an item was rejected: a machine-readable code, the field it concerns, a sentence for people.</summary>
public sealed record SubmissionReason(string Code, string? Field, string Message);

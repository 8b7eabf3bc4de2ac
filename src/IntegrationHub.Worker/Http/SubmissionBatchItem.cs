namespace IntegrationHub.Worker.Http;

/// <summary>One item of a batch as received: the type the school named and the raw bytes of its "message".</summary>
public sealed record SubmissionBatchItem(string? MessageType, ReadOnlyMemory<byte> Message);

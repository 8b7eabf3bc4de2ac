namespace IntegrationHub.Application.Retention;

/// <summary>
/// A rectification (AVG art. 16): per table the rows moved from the pupil's old pseudonym to the one of the corrected
/// nummer, and the message id of its disclosure log entry.
/// </summary>
public sealed record RectificationReport(IReadOnlyList<TableCount> Changed, Guid DisclosureMessageId);

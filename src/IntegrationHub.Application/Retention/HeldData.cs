namespace IntegrationHub.Application.Retention;

/// <summary>
/// Pupil data an erasure did not remove because a legal term still holds it: which table, how many rows, why, and until
/// when (the last day, local date; null when it follows its own purge term).
/// </summary>
public sealed record HeldData(string Table, long Rows, string Reason, DateOnly? KeptUntil);

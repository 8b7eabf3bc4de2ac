namespace IntegrationHub.Cli.Replay;

/// <summary>Counts of one replay, printed to standard error.</summary>
public sealed record ReplaySummary(int Lines, int Accepted, int Rejected, int Duplicates, int Findings, int FindingChanges, int Meldingen, int PartnerMessages, DateTimeOffset ClockEnd)
{
    public override string ToString() =>
        $"{Lines} messages: {Accepted} accepted, {Rejected} rejected, {Duplicates} duplicates; {Findings} findings raised, {FindingChanges} finding changes in digests; " +
        $"{Meldingen} meldingen sent, {PartnerMessages} partner messages in all; clock ran to {ClockEnd:yyyy-MM-dd HH:mm}Z";
}

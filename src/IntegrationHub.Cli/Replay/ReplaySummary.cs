namespace IntegrationHub.Cli.Replay;

/// <summary>Counts of one replay, printed to standard error.</summary>
public sealed record ReplaySummary(int Lines, int Accepted, int Rejected, int Duplicates, int SignalsRaised, int SignalsWithdrawn)
{
    public override string ToString() =>
        $"{Lines} messages: {Accepted} accepted, {Rejected} rejected, {Duplicates} duplicates; {SignalsRaised} signals raised, {SignalsWithdrawn} withdrawn";
}

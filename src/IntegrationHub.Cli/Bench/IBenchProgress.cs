namespace IntegrationHub.Cli.Bench;

/// <summary>Where a run reports how far each of its steps is.</summary>
internal interface IBenchProgress
{
    /// <summary>Step <paramref name="step"/> is at <paramref name="value"/> of <paramref name="total"/>.</summary>
    void Report(string step, double value, double total);
}

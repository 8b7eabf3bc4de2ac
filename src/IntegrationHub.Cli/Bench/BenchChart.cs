using ScottPlot;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The run over time as a PNG: events published, stored and done (left axis), outbox lag in seconds and hub queue
/// depth (right axis), one point per second.
/// </summary>
internal static class BenchChart
{
    public static void Save(BenchResult result, string path)
    {
        var plot = new Plot();
        var seconds = result.Samples.Select(s => s.Seconds).ToArray();
        Line(plot, seconds, result.Samples.Select(s => (double)s.Published), "published (confirmed)");
        Line(plot, seconds, result.Samples.Select(s => (double)s.Stored), "stored");
        Line(plot, seconds, result.Samples.Select(s => (double)s.Done), "stored + evaluated + relayed");
        var depth = Line(plot, seconds, result.Samples.Select(s => (double)s.QueueDepth), "hub queue depth (right)");
        depth.Axes.YAxis = plot.Axes.Right;
        var lag = Line(plot, seconds, result.Samples.Select(s => s.OutboxLagSeconds), "outbox lag s (right)");
        lag.Axes.YAxis = plot.Axes.Right;
        plot.Title($"hub bench: {result.EventsIn:N0} events, {result.HubEventsPerSecond:N0} events/s, {result.RatioToSlowerBaseline:0.000} of the slower baseline");
        plot.XLabel("seconds since the first publish");
        plot.YLabel("events");
        plot.Axes.Right.Label.Text = "messages / seconds";
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 560);
    }

    private static ScottPlot.Plottables.Scatter Line(Plot plot, double[] xs, IEnumerable<double> ys, string label)
    {
        var scatter = plot.Add.ScatterLine(xs, ys.ToArray());
        scatter.LegendText = label;
        return scatter;
    }
}

using ScottPlot;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The runs as one PNG: with more than one run, first hub events/s and publish → finding p99 per run; then per run
/// over time, one point per second, events published, stored, evaluated and done (left axis), hub queue depth and
/// outbox lag in seconds (right axis); and per run with more than one window, publish → finding p50 and p99 by publish
/// time.
/// </summary>
internal static class BenchChart
{
    private const int Width = 1000;
    private const int PanelHeight = 480;

    public static void Save(BenchResult result, string path)
    {
        var panels = new List<Plot>();
        if (result.Runs.Count > 1)
        {
            panels.Add(Curve(result));
        }

        foreach (var run in result.Runs)
        {
            panels.Add(Timeline(run));
            if (run.PublishToFindingOverTime.Count > 1)
            {
                panels.Add(LatencyOverTime(run));
            }
        }

        var multiplot = new Multiplot();
        multiplot.Reset(panels[0]);
        foreach (var panel in panels.Skip(1))
        {
            multiplot.AddPlot(panel);
        }

        multiplot.SavePng(path, Width, PanelHeight * panels.Count);
    }

    private static Plot Curve(BenchResult result)
    {
        var plot = new Plot();
        var positions = Enumerable.Range(0, result.Runs.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, result.Runs.Select(r => r.HubEventsPerSecond).ToArray());
        bars.LegendText = "hub events/s";
        var p99 = plot.Add.Scatter(positions, result.Runs.Select(r => r.PublishToFinding.P99 / 1000).ToArray());
        p99.LegendText = "publish → finding p99, s (right)";
        p99.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Bottom.SetTicks(positions, result.Runs.Select(r => r.Label).ToArray());
        plot.Title("hub bench: throughput and p99 per run");
        plot.YLabel("events/s");
        plot.Axes.Right.Label.Text = "seconds";
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot Timeline(BenchRunResult run)
    {
        var plot = new Plot();
        var seconds = run.Samples.Select(s => s.Seconds).ToArray();
        Line(plot, seconds, run.Samples.Select(s => (double)s.Published), "published (confirmed)");
        Line(plot, seconds, run.Samples.Select(s => (double)s.Stored), "stored");
        Line(plot, seconds, run.Samples.Select(s => (double)s.Evaluated), "evaluated");
        Line(plot, seconds, run.Samples.Select(s => (double)s.Done), "stored + evaluated + relayed");
        var depth = Line(plot, seconds, run.Samples.Select(s => (double)s.QueueDepth), "hub queue depth (right)");
        depth.Axes.YAxis = plot.Axes.Right;
        var lag = Line(plot, seconds, run.Samples.Select(s => s.OutboxLagSeconds), "outbox lag s (right)");
        lag.Axes.YAxis = plot.Axes.Right;
        plot.Title($"{run.Label}: {run.EventsIn:N0} events, {run.HubEventsPerSecond:N0} events/s, {run.RatioToSlowerBaseline:0.000} of the slower baseline, p99 to finding {BenchReport.Ms(run.PublishToFinding.P99)}");
        plot.XLabel("seconds since the first publish");
        plot.YLabel("events");
        plot.Axes.Right.Label.Text = "messages / seconds";
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot LatencyOverTime(BenchRunResult run)
    {
        var plot = new Plot();
        var seconds = run.PublishToFindingOverTime.Select(w => w.FromSecond).ToArray();
        Line(plot, seconds, run.PublishToFindingOverTime.Select(w => w.Latency.P50), "p50 ms");
        Line(plot, seconds, run.PublishToFindingOverTime.Select(w => w.Latency.P99), "p99 ms");
        plot.Title($"{run.Label}: publish → finding by publish time ({BenchPipeline.LatencyWindowLength.TotalSeconds:0} s windows)");
        plot.XLabel("seconds since the first publish (window start)");
        plot.YLabel("milliseconds");
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static ScottPlot.Plottables.Scatter Line(Plot plot, double[] xs, IEnumerable<double> ys, string label)
    {
        var scatter = plot.Add.ScatterLine(xs, ys.ToArray());
        scatter.LegendText = label;
        return scatter;
    }
}

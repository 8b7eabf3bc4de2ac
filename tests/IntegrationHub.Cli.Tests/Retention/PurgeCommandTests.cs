using IntegrationHub.Application.Retention;
using IntegrationHub.Cli.Commands;

namespace IntegrationHub.Cli.Tests.Retention;

public class PurgeCommandTests
{
    [Fact]
    public void Should_purge_as_of_local_midnight_when_a_date_is_given()
    {
        // 15 January 2031 00:00 in Amsterdam is 23:00 UTC the day before.
        Assert.Equal(DateTimeOffset.Parse("2031-01-14T23:00:00Z"), PurgeCommand.AsOf("2031-01-15", new RetentionOptions()));
        Assert.Equal(DateTimeOffset.Parse("2031-01-15T10:00:00Z"), PurgeCommand.AsOf("2031-01-15T10:00:00Z", new RetentionOptions()));
        Assert.Null(PurgeCommand.AsOf("next tuesday", new RetentionOptions()));
    }

    [Fact]
    public void Should_print_a_line_per_table_with_its_count_and_the_total_when_the_report_is_printed()
    {
        var report = new PurgeReport(DateTimeOffset.Parse("2031-01-15T02:30:00Z"), DryRun: true,
        [
            new PurgeTableResult("attendance_ledger", RetentionKind.RawAttendance, 1234, ["attendance_ledger_2028_12"], DateTimeOffset.Parse("2029-01-15T02:30:00Z")),
            new PurgeTableResult("melding_history", RetentionKind.Meldingen, 7, [], null),
        ]);
        using var output = new StringWriter();

        PurgeCommand.Print(report, output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("dry run", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("attendance_ledger", StringComparison.Ordinal) && l.Contains("1,234", StringComparison.Ordinal)
            && l.Contains("partitions to drop: attendance_ledger_2028_12", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("melding_history", StringComparison.Ordinal) && l.Contains(" 7 ", StringComparison.Ordinal));
        Assert.Contains("1,241", lines[^1], StringComparison.Ordinal);
    }
}

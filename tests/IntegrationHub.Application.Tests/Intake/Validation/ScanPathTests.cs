using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Reading;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Intake.Validation;

/// <summary>The path a text or contract fault names: members joined by dots, list positions in brackets, never the value.</summary>
public sealed class ScanPathTests
{
    [Theory]
    [InlineData("""{"a": {"b": [1, "ok", "x\u0000"]}}""", RejectionCodes.FieldControlCharacter, "a.b[2]")]
    [InlineData("""["fine", ["x\u0001"]]""", RejectionCodes.FieldControlCharacter, "[1][0]")]
    [InlineData("""{"a": [{"ok": 1}, {"b\u0000": 1}]}""", RejectionCodes.FieldControlCharacter, "a[1]")]
    [InlineData("""{"a": {"b": "\ud800"}}""", RejectionCodes.FieldInvalidUnicode, "a.b")]
    [InlineData("""{"bad\u0007": 1}""", RejectionCodes.FieldControlCharacter, "")]
    public void Should_name_the_path_of_the_first_bad_text_when_a_document_holds_one(string json, string code, string path)
    {
        using var document = JsonDocument.Parse(json);

        var reason = JsonTextScan.Check(document.RootElement);

        Assert.NotNull(reason);
        Assert.Equal((code, path), (reason.Code, reason.Field));
        Assert.Contains($"'{path}'", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_the_path_and_the_bound_when_a_text_in_a_list_is_too_long()
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new { items = new[] { "a", new string('x', JsonTextScan.MaxTextLength + 1) } }));

        var reason = JsonTextScan.Check(document.RootElement);

        Assert.Equal((RejectionCodes.FieldTooLong, "items[1]"), (reason!.Code, reason.Field));
    }

    [Fact]
    public void Should_find_nothing_when_every_text_is_clean()
    {
        using var document = JsonDocument.Parse("""{"a": ["tab\tok", {"b": "line\nok"}], "c": null}""");

        Assert.Null(JsonTextScan.Check(document.RootElement));
    }

    [Fact]
    public void Should_name_every_date_out_of_range_by_its_list_position_when_a_calendar_holds_them()
    {
        var calendar = new SchoolCalendarPublished
        {
            Envelope = Samples.Envelope(),
            SchoolYear = "2026-2027",
            Region = VakantieRegio.Midden,
            Holidays = [new DateRange { Name = "herfst", From = new(2026, 10, 17), To = new(2026, 10, 25) }, new DateRange { Name = "x", From = new(1800, 1, 1), To = new(2026, 1, 1) }],
            DaysOff = [new(2026, 11, 2), new(9999, 1, 1)],
        };

        var reasons = ContractScan.Check(calendar);

        Assert.Equal(
            [(RejectionCodes.DateOutOfRange, "holidays[1].from"), (RejectionCodes.DateOutOfRange, "daysOff[1]")],
            reasons.Select(r => (r.Code, r.Field!)));
    }
}

using System.Text.Json;
using IntegrationHub.Cli.Bench;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class BenchFeedGeneratorTests
{
    private static readonly BenchFeedSettings Mix = new(Pupils: 600, Days: 10, Seed: 7, Schools: 6);
    private static readonly Lazy<BenchFeed> MixFeed = new(() => BenchFeedGenerator.Generate(Mix));

    [Fact]
    public void Should_give_the_same_bytes_when_generating_twice_with_one_seed()
    {
        var settings = new BenchFeedSettings(50, 3, 42, 3);

        var first = BenchFeedGenerator.Generate(settings).Messages;
        var second = BenchFeedGenerator.Generate(settings).Messages;

        Assert.Equal(first.Count, second.Count);
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Body, pair.Second.Body));
    }

    [Fact]
    public void Should_stream_the_same_messages_as_the_generated_list()
    {
        var settings = new BenchFeedSettings(50, 3, 42, 3);

        var listed = BenchFeedGenerator.Generate(settings).Messages;
        var streamed = BenchFeedGenerator.Stream(settings).ToList();

        Assert.Equal(listed.Select(m => m.MessageId), streamed.Select(m => m.MessageId));
        Assert.All(listed.Zip(streamed), pair => Assert.Equal(pair.First.Body, pair.Second.Body));
    }

    [Theory]
    [InlineData("2026-09-07", 0)]
    [InlineData("2026-09-08", 1)]
    [InlineData("2026-09-14", 5)]
    [InlineData("2026-12-01", 61)]
    public void Should_count_the_weekdays_from_the_first_day_before_today(string today, int days)
    {
        Assert.Equal(days, BenchFeedGenerator.SchoolDaysBefore(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Should_give_another_feed_when_the_seed_differs()
    {
        var one = BenchFeedGenerator.Generate(new BenchFeedSettings(50, 3, 1, 3)).Messages;
        var other = BenchFeedGenerator.Generate(new BenchFeedSettings(50, 3, 2, 3)).Messages;

        Assert.NotEqual(one.Select(m => m.MessageId), other.Select(m => m.MessageId));
    }

    [Fact]
    public void Should_give_po_and_vo_schools_in_three_regions_with_valid_brins_when_generating_six_schools()
    {
        var schools = MixFeed.Value.Schools;

        Assert.Equal(6, schools.Count);
        Assert.Equal(3, schools.Select(s => s.Region).Distinct().Count());
        Assert.Equal([SchoolType.Po, SchoolType.Vo], schools.Select(s => s.Type).Distinct().Order());
        Assert.All(schools, s => Assert.Matches("^[0-9]{2}[0-9A-Z]{2}$", s.Brin));
        Assert.Equal(schools.Count, schools.Select(s => s.Brin).Distinct().Count());
    }

    [Fact]
    public void Should_enrol_every_pupil_once_with_an_age_for_the_school_type_and_a_woongemeente()
    {
        var enrolments = Of<PupilEnrolled>(MixFeed.Value);

        Assert.Equal(Mix.Pupils, enrolments.Count);
        Assert.Equal(Mix.Pupils, enrolments.Select(e => e.Pupil.PersoonsgebondenNummer).Distinct().Count());
        Assert.All(enrolments, e =>
        {
            var age = BenchFeedGenerator.FirstDay.Year - e.BirthDate.Year;
            Assert.InRange(age, e.SchoolType == SchoolType.Po ? 4 : 12, e.SchoolType == SchoolType.Po ? 12 : 18);
            Assert.Matches("^GM[0-9]{4}$", e.WoongemeenteCode);
        });
        Assert.True(enrolments.Select(e => e.WoongemeenteCode).Distinct().Count() >= 6);
    }

    [Fact]
    public void Should_give_unique_message_ids_when_generating_a_feed()
    {
        var ids = MixFeed.Value.Messages.Select(m => m.MessageId).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Should_give_the_documented_daily_mix_when_generating_six_thousand_pupil_days()
    {
        var feed = MixFeed.Value;
        var pupilDays = (double)Mix.Pupils * Mix.Days;
        var registrations = Of<AttendanceRegistered>(feed);
        var absentDays = registrations.Where(r => r.Status == AttendanceStatus.AbsentUnauthorised).Select(r => (r.Pupil.LvsPupilKey, r.Date)).Distinct().Count();
        var corrections = Of<AttendanceCorrected>(feed).Count;

        Assert.InRange(Of<SickReported>(feed).Count / pupilDays, BenchDailyMix.Sick - 0.01, BenchDailyMix.Sick + 0.01);
        Assert.Equal(Of<SickReported>(feed).Count, Of<RecoveryReported>(feed).Count);
        Assert.InRange(Of<LeaveGranted>(feed).Count / pupilDays, BenchDailyMix.Leave - 0.005, BenchDailyMix.Leave + 0.005);
        Assert.InRange(absentDays / pupilDays, BenchDailyMix.Absent - 0.01, BenchDailyMix.Absent + 0.01);
        Assert.InRange(registrations.Count(r => r.Status == AttendanceStatus.Late) / pupilDays, BenchDailyMix.Late - 0.01, BenchDailyMix.Late + 0.01);
        Assert.InRange(corrections / (double)absentDays, BenchDailyMix.CorrectedAbsence - 0.08, BenchDailyMix.CorrectedAbsence + 0.08);
        Assert.Equal(Mix.Pupils / 2 * Mix.Days * (BenchDailyMix.PoMarks + BenchDailyMix.VoMarks), registrations.Count);
    }

    [Fact]
    public void Should_correct_only_a_registration_the_feed_made_earlier_when_generating_corrections()
    {
        var feed = MixFeed.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var message in feed.Messages)
        {
            if (message.MessageType == nameof(AttendanceRegistered))
            {
                seen.Add(Read<AttendanceRegistered>(message).RegistrationId);
            }
            else if (message.MessageType == nameof(AttendanceCorrected))
            {
                Assert.Contains(Read<AttendanceCorrected>(message).RegistrationId, seen);
            }
        }
    }

    private static List<T> Of<T>(BenchFeed feed) =>
        feed.Messages.Where(m => m.MessageType == typeof(T).Name).Select(Read<T>).ToList();

    private static T Read<T>(BenchMessage message) =>
        JsonSerializer.Deserialize<T>(message.Body, IntegrationHub.Contracts.Schema.ContractJson.Options)!;
}

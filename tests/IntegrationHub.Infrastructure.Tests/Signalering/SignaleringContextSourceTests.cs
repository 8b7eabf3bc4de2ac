using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.Schema;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Signalering;

/// <summary>A calendar a school publishes through the contract reaches the rules' context.</summary>
public sealed class SignaleringContextSourceTests : IAsyncLifetime
{
    private static readonly DateOnly Studiedag = new(2026, 11, 11);
    private readonly ContextDatabase _hub = new();

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Should_use_the_school_calendar_when_the_school_published_one()
    {
        var calendar = new SchoolCalendarPublished
        {
            Envelope = new Envelope
            {
                MessageId = Guid.NewGuid(),
                School = new SchoolRef { Brin = "12AB", Vestiging = "01" },
                SourceSystem = "ParnasSys",
                OccurredAt = DateTimeOffset.UtcNow.AddDays(-1),
                SchemaVersion = "1.0",
            },
            SchoolYear = "2026-2027",
            Region = VakantieRegio.Noord,
            DaysOff = [Studiedag],
        };
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(calendar, ContractJson.Options));
        var result = await _hub.Services.GetRequiredService<IIntakeService>().SubmitAsync(
            new InboundSubmission(body, nameof(SchoolCalendarPublished), "application/json", Samples.School12AB, IntakeChannel.Amqp), CancellationToken.None);
        Assert.Equal(SubmissionOutcome.Accepted, result.Outcome);

        var source = _hub.Services.GetRequiredService<ISignaleringContextSource>();
        var published = await source.GetAsync(new SchoolLocation("12AB", "01"), "GM0014", CancellationToken.None);
        var other = await source.GetAsync(new SchoolLocation("12AB", "02"), "GM0014", CancellationToken.None);

        Assert.Equal(SchoolRegion.Noord, published.Calendar.Region);
        Assert.False(published.Calendar.IsSchoolDay(Studiedag));
        Assert.True(other.Calendar.IsSchoolDay(Studiedag));
        Assert.Equal(SchoolRegion.Midden, other.Calendar.Region);
    }

    private sealed class ContextDatabase : MigratedDatabase
    {
        protected override void Configure(IServiceCollection services) => services.AddSignalering();
    }
}

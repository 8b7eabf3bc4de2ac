using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Signalering;

/// <summary>Rule settings layers from configuration ("Signalering:Settings") resolve national, region, gemeente, school.</summary>
public sealed class SignaleringSettingsTests : IAsyncLifetime
{
    private readonly SettingsDatabase _hub = new();

    public Task InitializeAsync() => _hub.InitializeAsync();

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Theory]
    [InlineData("12AB", "01", "GM0344", false, new[] { 3, 6, 9, 12 })]
    [InlineData("12AB", "01", "GM0014", true, new[] { 3, 6, 9, 12 })]
    [InlineData("34CD", "00", "GM0344", true, new[] { 2, 4 })]
    public async Task Should_resolve_the_narrowest_layer_when_settings_are_configured(string brin, string vestiging, string gemeente, bool mazl, int[] ladder)
    {
        var source = _hub.Services.GetRequiredService<ISignaleringContextSource>();

        var context = await source.GetAsync(new SchoolLocation(brin, vestiging), gemeente, CancellationToken.None);

        Assert.Equal(mazl, context.Settings.Mazl.Enabled);
        Assert.Equal(ladder, context.Settings.Ladder.Steps);
    }

    private sealed class SettingsDatabase : MigratedDatabase
    {
        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Signalering:Settings:0:Scope"] = "Gemeente";
            settings["Signalering:Settings:0:Key"] = "GM0344";
            settings["Signalering:Settings:0:MazlEnabled"] = "false";
            settings["Signalering:Settings:1:Scope"] = "School";
            settings["Signalering:Settings:1:Key"] = "34CD00";
            settings["Signalering:Settings:1:MazlEnabled"] = "true";
            settings["Signalering:Settings:1:LadderLateSteps:0"] = "2";
            settings["Signalering:Settings:1:LadderLateSteps:1"] = "4";
            return settings;
        }

        protected override void Configure(IServiceCollection services) => services.AddSignalering();
    }
}

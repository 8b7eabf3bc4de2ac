using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>Every school in region noord, national default settings, on the hub's mandate with a complete melder.</summary>
internal sealed class FixedContextSource : ISignaleringContextSource
{
    public static readonly Melder Melder = new()
    {
        Naam = "A. Coördinator", Functie = "verzuimcoördinator", Telefoon = "0101234567", Email = "verzuim@school.example",
        DoorSchoolOndernomenActie = "Gesprek met ouders.", ActieGemeenteGewenst = true,
    };

    private readonly SignaleringContext _context = SignaleringContext.Create(SchoolRegion.Noord);

    public Task<SignaleringContext> GetAsync(SchoolLocation school, string? woongemeente, CancellationToken cancellationToken) =>
        Task.FromResult(_context);

    public Task<MeldingContext> GetMeldingContextAsync(SchoolLocation school, SignaleringContext rules, CancellationToken cancellationToken) =>
        Task.FromResult(new MeldingContext(rules.Calendar, rules.Settings.Meldingen, new SchoolMeldingPolicy(false, Melder), TimeZoneInfo.Utc));
}

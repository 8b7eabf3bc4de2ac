using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>Every school in region noord, national default settings.</summary>
internal sealed class FixedContextSource : ISignaleringContextSource
{
    private readonly SignaleringContext _context = SignaleringContext.Create(SchoolRegion.Noord);

    public Task<SignaleringContext> GetAsync(SchoolLocation school, string? woongemeente, CancellationToken cancellationToken) =>
        Task.FromResult(_context);
}

using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>
/// One look for meldingen past the partner term (<see cref="OverdueMeldingen"/>): each is notified once, to the school
/// (PartnerStatusOverdue) and to the operator (a warning with melding id and organisation), and counted on the meter.
/// </summary>
public sealed class PartnerOverduePass(
    NpgsqlDuoStatusStore store,
    DuoStatusMetrics metrics,
    IOptions<DuoStatusOptions> options,
    TimeProvider time,
    ILogger<PartnerOverduePass> logger)
{
    /// <returns>The meldingen notified now.</returns>
    public async Task<IReadOnlyList<OverdueNotice>> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var all = new List<OverdueNotice>();
        while (true)
        {
            var notices = await store.NotifyOverdueAsync(time.GetUtcNow(), settings.PartnerOverdueAfterDays, settings.OverdueBatchSize, cancellationToken);
            foreach (var notice in notices)
            {
                var melding = notice.Melding;
                DuoStatusLog.Overdue(logger, melding.MeldingId, melding.Meldingsnummer, melding.Brin, melding.OrganisationId ?? "(not routed)", settings.PartnerOverdueAfterDays);
                metrics.Overdue(melding.OrganisationId);
            }

            all.AddRange(notices);
            if (notices.Count < settings.OverdueBatchSize)
            {
                return all;
            }
        }
    }
}

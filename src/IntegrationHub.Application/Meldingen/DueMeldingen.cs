using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Meldingen;

/// <summary>
/// The time-driven side: settles what is due (concepts into meldingen, reminders, einddatums) and sends the school
/// days' digests. Each due check is claimed under lock and handled in one transaction, so any number of workers can
/// run it and a restart neither loses nor repeats one. A scheduled worker calls <see cref="RunAsync"/>.
/// </summary>
public sealed class DueMeldingen(
    ISignaleringStore store,
    IFindingDigestStore digests,
    ISignaleringContextSource contexts,
    TimeProvider time)
{
    /// <summary>Handles everything due now; returns how many checks it handled.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        while (await SettleNextAsync(cancellationToken))
        {
            handled++;
        }

        while (await SendNextDigestAsync(cancellationToken))
        {
            handled++;
        }

        return handled;
    }

    public async Task<bool> SettleNextAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await store.ClaimDueAsync(now, cancellationToken);
        if (transaction is null)
        {
            return false;
        }

        var rules = await contexts.GetAsync(transaction.School, WoongemeenteOf(transaction.State), cancellationToken);
        var meldingen = await contexts.GetMeldingContextAsync(transaction.School, rules, cancellationToken);
        var result = PupilEvaluation.OnDue(transaction.State, transaction.Book, meldingen, transaction.LvsPupilKey, now);
        await transaction.CommitAsync(result, MeldingSettlement.DigestAt(now, meldingen), cancellationToken);
        return true;
    }

    public async Task<bool> SendNextDigestAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var batch = await digests.ClaimDueAsync(now, cancellationToken);
        if (batch is null)
        {
            return false;
        }

        var digest = batch.Items.Count == 0 ? null : new FindingsDigest
        {
            DigestId = DigestIds.For(batch.School, now),
            School = new SchoolRef { Brin = batch.School.Brin, Vestiging = batch.School.Vestiging },
            Date = DateOnly.FromDateTime(batch.Items.Min(i => i.ChangedAt).UtcDateTime),
            Findings = batch.Items,
            SentAt = now,
        };
        await batch.CommitAsync(digest, cancellationToken);
        return true;
    }

    internal static string? WoongemeenteOf(PupilState? state) =>
        state?.Profile.LastOrDefault(p => p.Woongemeente is not null)?.Woongemeente;
}

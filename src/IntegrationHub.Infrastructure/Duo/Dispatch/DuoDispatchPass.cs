using System.Text.Json;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Privacy;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Duo;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Duo.Dispatch;

/// <summary>
/// One pass of the DUO dispatcher: for each pupil with a request due (up to <see cref="DuoDispatchOptions.BatchSize"/>,
/// <see cref="DuoDispatchOptions.MaxConcurrentPupils"/> at a time) it claims the pupil's earliest undone request, sends
/// it through <see cref="IDuoRegister"/> (the meldingsnummers it needs filled in from duo_meldingen now), and records the
/// outcome with the row's done mark in one transaction: registered, accepted, refused (never retried) or, when DUO is
/// unavailable, waiting with a back-off (the pupil's later requests wait behind it; other pupils go on).
/// </summary>
public sealed class DuoDispatchPass(
    NpgsqlDuoOutboxStoreClaims claims, IDuoRegister register, DuoDispatchMetrics metrics, IOptions<DuoDispatchOptions> options, TimeProvider time,
    ILogger<DuoDispatchPass> logger)
{
    private readonly TimeZoneInfo _schoolZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.SchoolTimeZone);

    /// <summary>Runs one pass; returns how many requests it handled (0 when nothing was due).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var pupils = await claims.DuePupilsAsync(time.GetUtcNow(), settings.BatchSize, cancellationToken);
        var handled = 0;
        await Parallel.ForEachAsync(pupils, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentPupils, CancellationToken = cancellationToken },
            async (pupil, token) =>
            {
                try
                {
                    if (await DispatchAsync(pupil, token))
                    {
                        Interlocked.Increment(ref handled);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    DuoOutboundLog.PassFailed(logger, exception);
                }
            });
        metrics.Pending(await claims.CountPendingAsync(cancellationToken));
        return handled;
    }

    private async Task<bool> DispatchAsync(string pupil, CancellationToken cancellationToken)
    {
        await using var claim = await claims.ClaimAsync(pupil, time.GetUtcNow(), cancellationToken);
        if (claim is null)
        {
            return false;
        }

        var operation = claim.Row.Operation;
        try
        {
            var outcome = operation switch
            {
                "melden" => await MeldenAsync(claim, cancellationToken),
                "mutatie" => await MutatieAsync(claim, cancellationToken),
                _ => await StatusGemeenteAsync(claim, cancellationToken),
            };
            metrics.Dispatched(operation, outcome);
        }
        catch (DuoUnavailableException exception)
        {
            var next = time.GetUtcNow() + options.Value.BackOff(claim.Row.Attempts);
            await claim.WaitAsync(ErrorOf(exception), next, cancellationToken);
            metrics.Dispatched(operation, "unavailable");
            DuoOutboundLog.Unavailable(logger, claim.Row.Sequence, operation, claim.Row.Attempts + 1, next);
        }

        return true;
    }

    private async Task<string> MeldenAsync(NpgsqlDuoOutboxStoreClaim claim, CancellationToken cancellationToken)
    {
        var melding = claim.Melding;
        if (melding is null || melding.Status != "wachtend")
        {
            await claim.RefusedAsync([], null, time.GetUtcNow(), cancellationToken); // registered or refused meanwhile: nothing to send
            return "refused";
        }

        var document = Read<DuoVerzuimmelding>(claim.Row.Body) with { VervolgOpMeldingsnummer = melding.FollowsMeldingsnummer };
        var result = await register.MeldenAsync(document, cancellationToken);
        var now = time.GetUtcNow();
        if (result.IsRegistered)
        {
            var meldingsnummer = result.Meldingsnummer!;
            var registeredAt = result.RegisteredAt ?? now;
            claim.Disclosed(Disclosure(claim, now), now);
            var feedback = DuoFeedback.Registered(melding.Brin, melding.Vestiging, melding.MeldingId, meldingsnummer, melding.LvsPupilKey, melding.Soort,
                DateOnly.FromDateTime(melding.Begindatum), melding.Deadline is { } deadline ? DateOnly.FromDateTime(deadline) : null,
                melding.FollowsMeldingId, melding.FollowsMeldingsnummer, registeredAt, _schoolZone);
            await claim.RegisteredAsync(meldingsnummer, registeredAt, feedback,
                route => VerzuimmeldingRoutingConsumer.Delivery(route.Organisation, DuoPartnerUpdates.Meldingsnummer(melding.MeldingId, meldingsnummer, route.Organisation, registeredAt),
                    claim.Row.Pupil, traceParent: null, operation: null, Disclosures.MeldingUpdateActivity(route.Organisation.Kind),
                    Disclosures.MeldingBasis(route.Organisation.Kind), Disclosures.MeldingUpdateCategories, consentId: null, now),
                now, cancellationToken);
            DuoOutboundLog.Registered(logger, melding.MeldingId, meldingsnummer);
            return "registered";
        }

        if (result.Errors.Count == 0)
        {
            throw new DuoUnavailableException("DUO answered melden with neither a meldingsnummer nor an error.");
        }

        await RefuseAsync(claim, melding, "melden", DuoFeedback.Reasons(result.Errors), cancellationToken);
        return "refused";
    }

    private async Task<string> MutatieAsync(NpgsqlDuoOutboxStoreClaim claim, CancellationToken cancellationToken)
    {
        var mutatie = Read<DuoMutatie>(claim.Row.Body);
        var meldingsnummer = string.IsNullOrEmpty(mutatie.Meldingsnummer) ? claim.Melding?.Meldingsnummer : mutatie.Meldingsnummer;
        if (meldingsnummer is null)
        {
            await RefuseAsync(claim, claim.Melding, "mutatie", [DuoRefusals.NotRegistered()], cancellationToken);
            return "refused";
        }

        var result = await register.MutatieAsync(mutatie with { Meldingsnummer = meldingsnummer }, cancellationToken);
        if (result.IsAccepted)
        {
            claim.Disclosed(Disclosure(claim, time.GetUtcNow()), time.GetUtcNow());
            await claim.AcceptedAsync(mutatie.Intrekken ? null : mutatie.Einddatum, time.GetUtcNow(), cancellationToken);
            return "accepted";
        }

        await RefuseAsync(claim, claim.Melding, "mutatie", DuoFeedback.Reasons(result.Errors), cancellationToken);
        return "refused";
    }

    /// <summary>A gemeente's status (written by the status stage): accepted or refused; the status stage tells the partner.</summary>
    private async Task<string> StatusGemeenteAsync(NpgsqlDuoOutboxStoreClaim claim, CancellationToken cancellationToken)
    {
        var status = Read<DuoGemeenteStatus>(claim.Row.Body);
        var meldingsnummer = string.IsNullOrEmpty(status.Meldingsnummer) ? claim.Melding?.Meldingsnummer : status.Meldingsnummer;
        var result = meldingsnummer is null
            ? new DuoMutatieResult { Errors = [new DuoBusinessError(DuoRefusals.MeldingNotRegistered, "The melding has no meldingsnummer.")] }
            : await register.StatusGemeenteAsync(status with { Meldingsnummer = meldingsnummer }, cancellationToken);
        if (result.IsAccepted)
        {
            claim.Disclosed(Disclosure(claim, time.GetUtcNow()), time.GetUtcNow());
            await claim.AcceptedAsync(null, time.GetUtcNow(), cancellationToken);
            return "accepted";
        }

        if (meldingsnummer is not null && DuoFeedback.RefusedBy(result.Errors.Select(e => e.Code)) == "duo")
        {
            claim.Disclosed(Disclosure(claim, time.GetUtcNow()), time.GetUtcNow());
        }

        await claim.RefusedAsync(DuoFeedback.Reasons(result.Errors), null, time.GetUtcNow(), cancellationToken);
        DuoOutboundLog.GemeenteStatusRefused(logger, meldingsnummer ?? "-", claim.Row.Sequence, string.Join(",", result.Errors.Select(e => e.Code)));
        return "refused";
    }

    private async Task RefuseAsync(
        NpgsqlDuoOutboxStoreClaim claim, DuoMeldingForSend? melding, string operation, IReadOnlyList<RejectionReason> reasons, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var refusedBy = DuoFeedback.RefusedBy(reasons.Select(r => r.Code));
        if (refusedBy == "duo")
        {
            claim.Disclosed(Disclosure(claim, now), now); // the document reached DUO, which refused it
        }

        var feedback = melding is null
            ? null
            : DuoFeedback.NotRegistered(melding.Brin, melding.Vestiging, melding.MeldingId, melding.LvsPupilKey, operation, refusedBy, reasons, now);
        await claim.RefusedAsync(reasons, feedback, now, cancellationToken);
        DuoOutboundLog.Refused(logger, claim.Row.MeldingId, melding?.Brin ?? "-", operation, refusedBy, DuoFeedback.Codes(reasons));
    }

    /// <summary>The disclosure log entry for a request that reached DUO: one per request, under its request id, in a new trace.</summary>
    private static DisclosureEntry Disclosure(NpgsqlDuoOutboxStoreClaim claim, DateTimeOffset now)
    {
        var trace = TraceSpan.ChildOf(null);
        return new DisclosureEntry
        {
            MessageId = claim.Row.RequestId,
            TraceId = trace.TraceId,
            SpanId = trace.SpanId,
            ParentSpanId = trace.ParentSpanId,
            ActivityId = Disclosures.DuoActivity(claim.Row.Operation),
            LegalBasis = Disclosures.DuoBasis(claim.Melding?.Soort),
            Recipient = Disclosures.Duo,
            DataCategories = Disclosures.DuoCategories(claim.Row.Operation),
            Subject = claim.Row.Pupil,
            StartedAt = now,
        };
    }

    private static T Read<T>(string body) =>
        JsonSerializer.Deserialize<T>(body, HubJson.Options) ?? throw new InvalidOperationException($"A duo_outbox body is not a {typeof(T).Name}.");

    /// <summary>What went wrong, without personal data: the exception types and the adapter's message (ids and codes only).</summary>
    private static string ErrorOf(DuoUnavailableException exception)
    {
        var text = exception.InnerException is { } inner ? $"{inner.GetType().Name}: {exception.Message}" : exception.Message;
        return text.Length <= 300 ? text : text[..300];
    }
}

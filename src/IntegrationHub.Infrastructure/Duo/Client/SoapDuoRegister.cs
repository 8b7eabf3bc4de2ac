using System.Xml.Linq;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Registry;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// <see cref="IDuoRegister"/> over DUO's SOAP wire (contracts/duo), HTTPS with a client certificate, every call through
/// the named Polly pipeline "duo" (<see cref="DuoResiliencePipeline"/>).
/// <list type="bullet">
/// <item>Every outgoing body is validated against the XSD first. An invalid document is not sent: melden, mutatie and
/// status gemeente return it as errors with code <see cref="XsdInvalidCode"/> (the school hears it, it is never
/// retried).</item>
/// <item>DUO's business errors inside a normal answer come back as data and are not retried. Faults, 5xx, timeouts and
/// lost answers are retried by the pipeline; when it gives up, or the circuit is open, the call throws
/// <see cref="DuoUnavailableException"/> and the caller leaves the work waiting.</item>
/// </list>
/// <para>
/// <b>Idempotent melden.</b> A melden whose answer was lost (timeout, aborted connection, 5xx, fault) may or may not be
/// registered at DUO, and DUO registers a second send as a second melding. So before sending, the client asks DUO
/// ("opvragen meldingen") what it holds for the melding's business key (persoonsgebonden nummer, soort, begindatum,
/// BRIN), and when one of those carries the school's kenmerk (the hub's melding id) it answers with that meldingsnummer
/// and <see cref="DuoMeldenResult.FoundExisting"/> instead of sending again.
/// </para>
/// <para>
/// When it checks: at the start of EVERY call, and before every retry after an attempt whose outcome is unknown. The
/// client cannot rule out an earlier attempt at the start of a call: the dispatcher calls again after a
/// <see cref="DuoUnavailableException"/>, possibly in another process or after a restart, and the hub may have stopped
/// between DUO's registration and storing the meldingsnummer. Keeping "unknown outcomes" in memory would not survive
/// that, and the port carries no attempt count; one small query per melding is cheap next to a double registration at
/// the register of record. The check is skipped only within a call, after a check found nothing and the send then
/// failed before a connection was made (nothing can have reached DUO). Left open: a request DUO is still working on
/// after our attempt timed out could register after the check; an attempt timeout well above DUO's answer time and the
/// retry back-off make that unlikely, and only DUO refusing a duplicate kenmerk would close it.
/// </para>
/// </summary>
internal sealed class SoapDuoRegister : IDuoRegister
{
    /// <summary>The code of the error a document that fails the XSD comes back with (RefusedBy "hub").</summary>
    public const string XsdInvalidCode = "hub.xsd-invalid";

    private readonly DuoSoapChannel _channel;
    private readonly ResiliencePipeline _pipeline;
    private readonly DuoClientMetrics _metrics;
    private readonly ILogger<SoapDuoRegister> _logger;

    public SoapDuoRegister(DuoSoapChannel channel, ResiliencePipelineProvider<string> pipelines, DuoClientMetrics metrics, ILogger<SoapDuoRegister> logger)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        _channel = channel;
        _pipeline = pipelines.GetPipeline(DuoResiliencePipeline.Name);
        _metrics = metrics;
        _logger = logger;
    }

    public async Task<DuoMeldenResult> MeldenAsync(DuoVerzuimmelding melding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(melding);
        var body = DuoRequestWriter.Melden(melding);
        var query = DuoRequestWriter.OpvragenMeldingen(DuoOpvragenMeldingen.For(melding));
        if (Invalid(DuoOperationTags.Melden, melding.MeldingId, body, query) is { Count: > 0 } invalid)
        {
            return new DuoMeldenResult { Errors = invalid };
        }

        var mayBeRegistered = true;
        return await ExecuteAsync(DuoOperationTags.Melden, melding.MeldingId, async ct =>
        {
            if (mayBeRegistered)
            {
                if (await FindExistingAsync(query, melding.MeldingId, ct) is { } existing)
                {
                    return existing;
                }

                mayBeRegistered = false;
            }

            try
            {
                return await ExchangeAsync(DuoOperation.MeldenRelatiefVerzuim, body, melding.MeldingId, DuoResponseReader.Melden, r => r.Errors, ct);
            }
            catch (Exception e) when (!DuoFailure.NothingSent(e))
            {
                mayBeRegistered = true;
                throw;
            }
        }, cancellationToken);
    }

    public async Task<DuoMutatieResult> MutatieAsync(DuoMutatie mutatie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mutatie);
        var body = DuoRequestWriter.Mutatie(mutatie);
        if (Invalid(DuoOperationTags.Mutatie, mutatie.MeldingId, body) is { Count: > 0 } invalid)
        {
            return new DuoMutatieResult { Errors = invalid };
        }

        return await ExecuteAsync(DuoOperationTags.Mutatie, mutatie.MeldingId,
            ct => ExchangeAsync(DuoOperation.MutatieMelding, body, mutatie.MeldingId, DuoResponseReader.Mutatie, r => r.Errors, ct), cancellationToken);
    }

    public async Task<DuoMutatieResult> StatusGemeenteAsync(DuoGemeenteStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var body = DuoRequestWriter.StatusGemeente(status);
        if (Invalid(DuoOperationTags.StatusGemeente, null, body) is { Count: > 0 } invalid)
        {
            return new DuoMutatieResult { Errors = invalid };
        }

        return await ExecuteAsync(DuoOperationTags.StatusGemeente, null,
            ct => ExchangeAsync(DuoOperation.StatusGemeente, body, null, DuoResponseReader.StatusGemeente, r => r.Errors, ct), cancellationToken);
    }

    /// <summary>DUO's business errors on this query (it has no error channel in the port) throw <see cref="DuoUnavailableException"/>, unretried.</summary>
    public async Task<DuoGewijzigdeMeldingen> AanvraagGewijzigdeMeldingenAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var body = DuoRequestWriter.AanvraagGewijzigdeMeldingen(since);
        if (Invalid(DuoOperationTags.AanvraagGewijzigdeMeldingen, null, body) is { Count: > 0 } invalid)
        {
            throw new InvalidOperationException($"The aanvraag gewijzigde meldingen request fails the XSD: {invalid[0].Message}");
        }

        return await ExecuteAsync(DuoOperationTags.AanvraagGewijzigdeMeldingen, null, async ct =>
        {
            var answer = await ExchangeAsync(DuoOperation.AanvraagGewijzigdeMeldingen, body, null, DuoResponseReader.AanvraagGewijzigdeMeldingen, r => r.Errors, ct);
            return answer.Value ?? throw new DuoRejectedException($"refused:{Codes(answer.Errors)}");
        }, cancellationToken);
    }

    /// <summary>DUO's melding with this kenmerk under the business key, if it holds one (the first registered, if several).</summary>
    private async Task<DuoMeldenResult?> FindExistingAsync(XElement query, Guid meldingId, CancellationToken cancellationToken)
    {
        var answer = await ExchangeAsync(DuoOperation.OpvragenMeldingen, query, meldingId, DuoResponseReader.OpvragenMeldingen, r => r.Errors, cancellationToken);
        var found = answer.Value ?? throw new DuoRejectedException($"opvragen-refused:{Codes(answer.Errors)}");
        var matches = found.Where(m => m.MeldingId == meldingId).OrderBy(m => m.RegisteredAt).ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        if (matches.Count > 1)
        {
            DuoClientLog.FoundSeveral(_logger, matches.Count, meldingId, matches[0].Meldingsnummer);
        }

        _metrics.MeldenFoundExisting();
        DuoClientLog.FoundExisting(_logger, meldingId, matches[0].Meldingsnummer);
        return new DuoMeldenResult { Meldingsnummer = matches[0].Meldingsnummer, RegisteredAt = matches[0].RegisteredAt, FoundExisting = true };
    }

    /// <summary>One exchange: sends, reads the answer (an unreadable one is transient), counts the outcome.</summary>
    private async Task<T> ExchangeAsync<T>(
        DuoOperation operation, XElement body, Guid? meldingId, Func<XElement, T> read, Func<T, IReadOnlyList<DuoBusinessError>> errorsOf, CancellationToken cancellationToken)
    {
        var tag = DuoOperationTags.Of(operation);
        T result;
        try
        {
            var answer = await _channel.ExchangeAsync(operation, body, cancellationToken);
            result = ReadAnswer(read, answer);
        }
        catch (Exception e) when (e is not DuoRejectedException)
        {
            _metrics.Request(tag, DuoOutcomes.TransientFailure);
            throw;
        }

        var errors = errorsOf(result);
        _metrics.Request(tag, errors.Count == 0 ? DuoOutcomes.Ok : DuoOutcomes.BusinessError);
        if (errors.Count > 0)
        {
            DuoClientLog.BusinessErrors(_logger, tag, meldingId, Codes(errors));
        }

        return result;
    }

    /// <summary>Runs one call through the pipeline; a technical failure it could not overcome becomes <see cref="DuoUnavailableException"/>.</summary>
    private async Task<T> ExecuteAsync<T>(string operation, Guid? meldingId, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        context.Properties.Set(DuoResiliencePipeline.Operation, operation);
        if (meldingId is { } id)
        {
            context.Properties.Set(DuoResiliencePipeline.MeldingId, id);
        }

        try
        {
            return await _pipeline.ExecuteAsync(static async (ctx, attempt) => await attempt(ctx.CancellationToken), context, attempt);
        }
        catch (Exception e) when (IsTechnical(e) && !cancellationToken.IsCancellationRequested)
        {
            var (failure, status) = DuoFailure.Describe(e);
            _metrics.Request(operation, DuoOutcomes.Unavailable);
            DuoClientLog.Unavailable(_logger, operation, failure, status, meldingId, e);
            throw new DuoUnavailableException($"DUO {operation} unavailable ({failure}).", e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private List<DuoBusinessError> Invalid(string operation, Guid? meldingId, params XElement[] bodies)
    {
        var problems = bodies.SelectMany(DuoXsdValidator.Validate).Distinct().ToList();
        if (problems.Count > 0)
        {
            DuoClientLog.XsdInvalid(_logger, operation, meldingId, problems.Count, string.Join(", ", problems.Select(p => p.Field).Distinct()));
        }

        return [.. problems.Select(p => new DuoBusinessError(XsdInvalidCode, p.ToString()))];
    }

    private static T ReadAnswer<T>(Func<XElement, T> read, XElement answer)
    {
        try
        {
            return read(answer);
        }
        catch (DuoWireFormatException e)
        {
            throw new DuoTransientException("wire-format", 200, e);
        }
    }

    private static bool IsTechnical(Exception e) =>
        e is HttpRequestException or ExecutionRejectedException or DuoTransientException or DuoRejectedException or OperationCanceledException;

    private static string Codes(IEnumerable<DuoBusinessError> errors) => string.Join(",", errors.Select(e => e.Code));
}

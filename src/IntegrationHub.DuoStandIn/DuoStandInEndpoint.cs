using System.Text;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// The stand-in's one HTTP endpoint: reads the SOAP envelope, applies the fault drawn for the call, validates the body
/// against the XSD (an invalid body is the business error "xsd.ongeldig", not a fault), lets the register process it and
/// answers with MessageID and RelatesTo.
/// </summary>
internal sealed class DuoStandInEndpoint(DuoStandInRegister register, DuoStandInStore store, DuoStandInFaults faults, int seed, ILogger logger)
{
    private readonly Random _random = new(seed);
    private readonly Lock _gate = new();

    public async Task HandleAsync(HttpContext context)
    {
        var thumbprint = context.Connection.ClientCertificate?.Thumbprint;
        var xml = await ReadBodyAsync(context);
        DuoStandInFault fault;
        lock (_gate)
        {
            fault = faults.Draw(_random);
        }

        if (fault == DuoStandInFault.Down)
        {
            Record(new DuoStandInCall(null, null, DuoStandInOutcome.Down, thumbprint));
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, SoapEnvelope.FaultResponse(SoapFault.Server("Het verzuimregister is niet beschikbaar."), null));
            return;
        }

        SoapEnvelope request;
        DuoOperation operation;
        try
        {
            request = SoapEnvelope.Parse(xml);
            if (!DuoOperations.TryFromRequestElement(request.RequiredBody.Name, out operation))
            {
                throw new DuoWireFormatException($"Unknown operation {request.RequiredBody.Name.LocalName}.");
            }
        }
        catch (DuoWireFormatException e)
        {
            Record(new DuoStandInCall(null, null, DuoStandInOutcome.Unreadable, thumbprint));
            await WriteAsync(context, StatusCodes.Status500InternalServerError, SoapEnvelope.FaultResponse(SoapFault.Client(e.Message), null));
            return;
        }

        var messageId = request.MessageId;
        switch (fault)
        {
            case DuoStandInFault.Fault:
                Record(new DuoStandInCall(operation, messageId, DuoStandInOutcome.Faulted, thumbprint));
                await WriteAsync(context, StatusCodes.Status500InternalServerError, SoapEnvelope.FaultResponse(SoapFault.Server("Interne fout in het verzuimregister."), messageId));
                return;
            case DuoStandInFault.Timeout:
                Record(new DuoStandInCall(operation, messageId, DuoStandInOutcome.TimedOut, thumbprint));
                if (await DelayAsync(faults.TimeoutDelay, context))
                {
                    await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, SoapEnvelope.FaultResponse(SoapFault.Server("Time-out in het verzuimregister."), messageId));
                }

                return;
            case DuoStandInFault.Slow when !await DelayAsync(faults.SlowDelay, context):
                Record(new DuoStandInCall(operation, messageId, DuoStandInOutcome.TimedOut, thumbprint));
                return;
        }

        var (body, refused) = Process(operation, request, xml);
        if (fault == DuoStandInFault.Lost)
        {
            Record(new DuoStandInCall(operation, messageId, DuoStandInOutcome.Lost, thumbprint), Meldingsnummer(body));
            context.Abort();
            return;
        }

        Record(new DuoStandInCall(operation, messageId, refused ? DuoStandInOutcome.Refused : DuoStandInOutcome.Answered, thumbprint), Meldingsnummer(body));
        await WriteAsync(context, StatusCodes.Status200OK, SoapEnvelope.Response(operation, messageId, body));
    }

    private (System.Xml.Linq.XElement Body, bool Refused) Process(DuoOperation operation, SoapEnvelope request, string xml)
    {
        var problems = DuoXsdValidator.Validate(request.RequiredBody);
        if (problems.Count == 0)
        {
            return register.Process(operation, request.RequiredBody, request.MessageId, xml);
        }

        var description = string.Join("; ", problems);
        description = description.Length > 500 ? description[..500] : description;
        return (DuoResponseWriter.Fouten(operation, [new DuoBusinessError("xsd.ongeldig", description)]), true);
    }

    private void Record(DuoStandInCall call, string? meldingsnummer = null)
    {
        store.AddCall(call);
        DuoStandInLog.Call(logger, call.Operation, call.Outcome, call.MessageId, meldingsnummer);
    }

    private static string? Meldingsnummer(System.Xml.Linq.XElement body) => body.Element(DuoWireNamespaces.Verzuimregister + "meldingsnummer")?.Value;

    /// <summary>Waits in real time; false when the client went away meanwhile.</summary>
    private static async Task<bool> DelayAsync(TimeSpan delay, HttpContext context)
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }

    private static async Task WriteAsync(HttpContext context, int status, SoapEnvelope envelope)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = SoapEnvelope.ContentType;
        await context.Response.WriteAsync(envelope.ToXml(), Encoding.UTF8, context.RequestAborted);
    }
}

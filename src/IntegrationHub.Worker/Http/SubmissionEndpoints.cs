using System.Globalization;
using IntegrationHub.Application.Intake;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// POST /v1/submissions: a batch of contract messages from one school's LVS, authenticated by its API key.
/// Every item is handed to the intake on its own and answered in the response, in order; the intake
/// de-duplicates by message id, so a batch may be sent again safely.
/// </summary>
public static class SubmissionEndpoints
{
    /// <summary>Where the OpenAPI document is served; {documentName} is "v1".</summary>
    public const string OpenApiPath = "/openapi/{documentName}.json";

    private const string JsonContentType = "application/json";

    public static IEndpointRouteBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/submissions", SubmitAsync)
            .WithName("SubmitBatch")
            .WithSummary("Submit a batch of LVS messages")
            .WithDescription("Every item is handed to the intake on its own and answered in order (accepted or rejected with reasons). Authenticate with 'Authorization: Bearer <school API key>'.")
            .Produces<SubmissionBatchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        // The OAS document at a known URL, as the NL API design rules ask (API-51): /openapi/v1.json.
        endpoints.MapOpenApi(OpenApiPath);
        return endpoints;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context,
        SchoolAuthenticator authenticator,
        SchoolRateLimiter limiter,
        IIntakeService intake,
        IOptions<HttpGatewayOptions> options,
        CancellationToken cancellationToken)
    {
        var sender = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization, cancellationToken);
        if (sender is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Not authenticated",
                detail: "Send the school's API key as 'Authorization: Bearer <key>'. The key is unknown or revoked.");
        }

        if (limiter.TryAcquire(sender.Brin) is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"This school may send {options.Value.RateLimitRequests} requests per {options.Value.RateLimitWindow.TotalSeconds:F0} seconds. Send again after Retry-After seconds.");
        }

        var maxBytes = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"The request body is {context.Request.ContentLength} bytes; at most {maxBytes} are read.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxBytes;
        }

        var batch = await SubmissionBatchReader.ReadAsync(context.Request.Body, options.Value.MaxItems, maxBytes, cancellationToken);
        if (batch.ErrorStatus is { } status)
        {
            return Results.Problem(statusCode: status, detail: batch.ErrorDetail);
        }

        var results = new List<SubmissionItemResult>(batch.Items.Count);
        for (var index = 0; index < batch.Items.Count; index++)
        {
            var item = batch.Items[index];
            var submission = new InboundSubmission(item.Message, item.MessageType, JsonContentType, sender, IntakeChannel.Http);
            var result = await intake.SubmitAsync(submission, cancellationToken);
            results.Add(SubmissionItemResult.From(index, result));
        }

        return Results.Ok(new SubmissionBatchResponse(results));
    }
}

using IntegrationHub.Application.Intake;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// POST /v1/submissions: a batch of contract messages from one school's LVS, authenticated by its API key.
/// Every item is handed to the intake on its own and answered in the response, in order; the intake
/// de-duplicates by message id, so a batch may be sent again safely.
/// </summary>
public static class SubmissionEndpoints
{
    private const string JsonContentType = "application/json";

    public static IEndpointRouteBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/submissions", SubmitAsync)
            .WithName("SubmitBatch")
            .Produces<SubmissionBatchResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return endpoints;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context,
        SchoolAuthenticator authenticator,
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

        var batch = await SubmissionBatchReader.ReadAsync(context.Request.Body, options.Value.MaxItems, cancellationToken);
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

using System.Text.Json;
using IntegrationHub.Application.Privacy;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// Inzage (AVG art. 15) for operators: the disclosure log's entries about one pupil. GET /api/v1/disclosures?pseudonym=P,
/// or POST /api/v1/disclosures with <c>{"persoonsgebondenNummer": "...", "nummerSoort": "bsn"}</c> so that a BSN is never
/// in a URL or an access log. Both need <c>Authorization: Bearer &lt;operator key&gt;</c> (<see cref="OperatorOptions"/>).
/// The nummer is pseudonymised as the intake does it and never answered, stored or logged.
/// </summary>
public static class DisclosureEndpoints
{
    private const string Route = "/api/v1/disclosures";

    public static IEndpointRouteBuilder MapDisclosureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, ByPseudonymAsync)
            .WithName("DisclosuresByPseudonym")
            .Produces<DisclosureInzageResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        endpoints.MapPost(Route, ByNummerAsync)
            .WithName("DisclosuresByNummer")
            .Produces<DisclosureInzageResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return endpoints;
    }

    private static async Task<IResult> ByPseudonymAsync(
        HttpContext context, string? pseudonym, OperatorAuthenticator authenticator, DisclosureInzage inzage, CancellationToken cancellationToken)
    {
        if (!authenticator.IsOperator(context.Request.Headers.Authorization))
        {
            return NotAuthenticated(context);
        }

        return Answer(context, await inzage.ForPseudonymAsync(pseudonym, cancellationToken));
    }

    private static async Task<IResult> ByNummerAsync(
        HttpContext context, OperatorAuthenticator authenticator, DisclosureInzage inzage, CancellationToken cancellationToken)
    {
        if (!authenticator.IsOperator(context.Request.Headers.Authorization))
        {
            return NotAuthenticated(context);
        }

        DisclosureInzageRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<DisclosureInzageRequest>(cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            request = null;
        }

        if (request is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Not an inzage request",
                detail: "Send application/json: {\"persoonsgebondenNummer\": \"<9 digits>\", \"nummerSoort\": \"bsn\" | \"onderwijsnummer\"}.");
        }

        return Answer(context, await inzage.ForNummerAsync(request.NummerSoort, request.PersoonsgebondenNummer, cancellationToken));
    }

    private static IResult Answer(HttpContext context, InzageResult result)
    {
        if (result.Error is { } error)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "No valid pupil",
                detail: DisclosureInzage.Describe(error),
                extensions: new Dictionary<string, object?> { ["code"] = error });
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new DisclosureInzageResponse(result.Pupil!, result.Disclosures));
    }

    private static IResult NotAuthenticated(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Not authenticated",
            detail: "Send the operator API key as 'Authorization: Bearer <key>'.");
    }
}

using System.Security.Claims;
using IntegrationHub.Application.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IntegrationHub.Console.Access;

/// <summary>
/// Sign-in through the organisation's OpenID Connect provider (Console:Oidc): authorization code with PKCE, the answer
/// by query (so the correlation cookies can stay SameSite=Lax), the ID token's claims mapped by
/// <see cref="OidcClaimsMapper"/> into the console's cookie. No tokens are kept. Each sign-in is audited.
/// </summary>
internal static class OidcAuthentication
{
    public static AuthenticationBuilder AddConsoleOidc(this AuthenticationBuilder builder, ConsoleAccessOptions.OidcOptions settings) =>
        builder.AddOpenIdConnect(ConsoleAuthentication.OidcScheme, "Inloggen via uw organisatie", options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.SaveTokens = false;
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("roles");
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnTokenValidated = OnTokenValidatedAsync;
            options.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/Account/Inloggen?fout=oidc");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });

    private static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var account = OidcClaimsMapper.Map(context.Principal!, services.GetRequiredService<TimeProvider>().GetUtcNow());
        var audit = services.GetRequiredService<IConsoleAudit>();
        if (account is null)
        {
            await audit.RecordAsync(new ConsoleActor("onbekend", "anoniem"), "inloggen-mislukt", "account", "oidc", "geen bruikbare rol", context.HttpContext.RequestAborted);
            context.Fail("The provider's user has no usable console role.");
            return;
        }

        context.Principal = new ClaimsPrincipal(ConsoleUser.Identity(account, ConsoleAuthentication.OidcScheme));
        await audit.RecordAsync(ConsoleUser.From(context.Principal), "inloggen", "account", account.Name, "oidc", context.HttpContext.RequestAborted);
    }
}

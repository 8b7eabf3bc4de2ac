using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IntegrationHub.Console.Tests.Support;

/// <summary>
/// An OpenID Connect provider in the test process (OpenIddict server, degraded mode: no stores), on a free loopback
/// port: authorization code with PKCE, ephemeral keys, one confidential client (<see cref="ClientId"/>) whose redirect
/// URI must be /signin-oidc on 127.0.0.1. It signs in <see cref="User"/> without asking (the test's user at "their
/// organisation"), with the claims the console maps: preferred_username, role, hub:organisation, hub:brin.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "hub-console";
    public const string ClientSecret = "test-client-secret-not-a-real-one";
    private readonly WebApplication _app;

    private TestOidcProvider(WebApplication app, Uri authority, TestOidcUser user)
    {
        _app = app;
        Authority = authority;
        User = user;
    }

    public Uri Authority { get; }

    public TestOidcUser User { get; }

    /// <summary>How many codes the provider issued (each a completed authorization request).</summary>
    public int Authorizations { get; private set; }

    public static async Task<TestOidcProvider> StartAsync(TestOidcUser user)
    {
        var authority = new Uri($"http://127.0.0.1:{IntegrationHub.Testing.ServiceProcess.FreePort()}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(authority.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        TestOidcProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.EnableDegradedMode();
            options.SetIssuer(authority);
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles);
            options.UseAspNetCore().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (!Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var redirect) || redirect.Host != "127.0.0.1" || redirect.AbsolutePath != "/signin-oidc")
                {
                    context.Reject(Errors.InvalidRequest, "Unknown redirect_uri.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client or wrong secret.");
                }

                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.HandleAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                context.SignIn(provider!.Principal(context.Request.GetScopes()));
                provider.Authorizations++;
                return default;
            }));
        });
        var app = builder.Build();
        provider = new TestOidcProvider(app, authority, user);
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private ClaimsPrincipal Principal(IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, User.Subject));
        identity.AddClaim(new Claim(Claims.PreferredUsername, User.Name));
        identity.AddClaim(new Claim(Claims.Role, User.Role));
        if (User.OrganisationId is not null)
        {
            identity.AddClaim(new Claim("hub:organisation", User.OrganisationId));
        }

        if (User.Brin is not null)
        {
            identity.AddClaim(new Claim("hub:brin", User.Brin));
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return principal;
    }
}

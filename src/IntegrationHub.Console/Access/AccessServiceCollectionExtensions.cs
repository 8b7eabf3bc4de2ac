using Microsoft.AspNetCore.Authentication.Cookies;

namespace IntegrationHub.Console.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in by cookie (local accounts, checked by IConsoleAccounts, unless Console:LocalAccounts:Enabled is false), through
    /// the OpenID Connect provider when Console:Oidc:Authority is set, the role policies, and the audit log. An anonymous
    /// request for a page is sent to /Account/Inloggen; a signed-in user of another role gets 403 (the "Geen toegang" page).
    /// </summary>
    public static IServiceCollection AddConsoleAccess(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ConsoleAccessOptions>().BindConfiguration(ConsoleAccessOptions.SectionName);
        var settings = configuration.GetSection(ConsoleAccessOptions.SectionName).Get<ConsoleAccessOptions>() ?? new ConsoleAccessOptions();
        services.AddConsoleAccounts();
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        authentication
            .AddCookie(options =>
            {
                options.Cookie.Name = "hub-console";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/Account/Inloggen";
                options.LogoutPath = "/Account/Uitloggen";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        if (settings.Oidc.IsConfigured)
        {
            authentication.AddConsoleOidc(settings.Oidc);
        }

        services.AddAuthorization(ConsolePolicies.Add);
        return services;
    }
}

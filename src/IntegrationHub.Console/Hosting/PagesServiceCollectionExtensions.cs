using IntegrationHub.Console.Access;

namespace IntegrationHub.Console.Hosting;

public static class PagesServiceCollectionExtensions
{
    /// <summary>
    /// Razor Pages with one authorization policy per role folder (Beheer, Bureau, Jgz, School), the Account folder and
    /// the error page open to anyone, and every other page for a signed-in user (the fallback policy). Anti-forgery is
    /// on for every POST handler (Razor Pages' default), its cookie strict and HTTP-only. The liveness check.
    /// </summary>
    public static IServiceCollection AddConsolePages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Beheer", ConsolePolicies.Operator);
            options.Conventions.AuthorizeFolder("/Bureau", ConsolePolicies.Bureau);
            options.Conventions.AuthorizeFolder("/Jgz", ConsolePolicies.Jgz);
            options.Conventions.AuthorizeFolder("/School", ConsolePolicies.School);
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Fout");
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "hub-console-af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHealthChecks();
        return services;
    }
}

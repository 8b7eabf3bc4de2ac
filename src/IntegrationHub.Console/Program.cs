using IntegrationHub.Console.Access;
using IntegrationHub.Console.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHubPersistence(builder.Configuration);
builder.Services.AddConsoleAccess(builder.Configuration);
builder.Services.AddConsolePages();
builder.Services.AddBeheerConsole(builder.Configuration);
builder.Services.AddSchoolConsole(builder.Configuration);
builder.Services.AddInzageConsole(builder.Configuration);
builder.Services.AddBureauConsole(builder.Configuration);
builder.Services.AddJgzConsole(builder.Configuration);

var app = builder.Build();
app.UseExceptionHandler("/fout/500");
app.UseStatusCodePagesWithReExecute("/fout/{0}");
app.UseConsoleSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapConsoleHealth();
app.MapRazorPages();

await app.RunAsync();

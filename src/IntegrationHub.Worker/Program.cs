using IntegrationHub.Worker.Health;
using IntegrationHub.Worker.Hosting;
using IntegrationHub.Worker.Http;
using IntegrationHub.Worker.Observability;

var builder = WebApplication.CreateBuilder(args);
var roles = HubRoles.From(builder.Configuration);
builder.WebHost.UseHubUrls(builder.Configuration);

builder.Services.AddHubPersistence(builder.Configuration);
builder.Services.AddRetention();
builder.Services.AddIntake(builder.Configuration);
builder.Services.AddSchools(builder.Configuration);
builder.Services.AddPrivacy();
builder.Services.AddOperatorApi();
builder.Services.AddHubMessaging(builder.Configuration, registerConsumers: roles.Signalering);
if (roles.Signalering)
{
    builder.Services.AddSignalering();
    builder.Services.AddDirectory();
    builder.Services.AddPartnerRouting();
    builder.Services.AddDuoOutbound();
}

if (roles.Duo)
{
    builder.Services.AddDuoLoop(builder.Configuration);
}

builder.Services.AddHubHealthChecks(amqpGateway: roles.IntakeAmqp);
builder.Services.AddHubProblemDetails();
if (roles.IntakeAmqp)
{
    builder.Services.AddAmqpGateway(builder.Configuration);
}

if (roles.IntakeHttp)
{
    builder.Services.AddHttpGateway(builder.Configuration);
}

if (roles.IntakePartners)
{
    builder.Services.AddPartnerGateway(builder.Configuration);
}

if (roles.Relay)
{
    builder.Services.AddOutboxRelay();
}

builder.Services.AddHubObservability(builder.Configuration, roles);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapHealthEndpoints();
app.MapHubMetrics(builder.Configuration);
app.MapDisclosureEndpoints();
if (roles.IntakeHttp)
{
    app.MapSubmissionEndpoints();
}

await app.RunAsync();

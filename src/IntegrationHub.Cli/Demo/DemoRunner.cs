using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.DuoStandIn;
using System.Security.Cryptography;
using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Cli.Demo;

/// <summary>
/// <c>hub demo</c>: starts the hub in-process, connects the sample schools, publishes the sample feed through
/// RabbitMQ as each school's own LVS user would, and prints what every school hears back on its feedback queue:
/// accepted, rejected (with reasons), and the signals the rules raise and withdraw.
/// </summary>
internal sealed class DemoRunner(IConfiguration configuration, TextWriter output, DirectoryInfo directory)
{
    public async Task<int> RunAsync(IReadOnlyList<FeedLine> feed, IReadOnlyList<DemoSchool> schools, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var certificates = Path.Combine(Path.GetTempPath(), "integrationhub-demo-duo-" + Guid.NewGuid().ToString("N"));
        await using var duo = await DuoStandInSetup.StartAsync(certificates, cancellationToken: cancellationToken);
        try
        {
            return await RunAsync(feed, schools, duo, timeout, cancellationToken);
        }
        finally
        {
            System.IO.Directory.Delete(certificates, recursive: true);
        }
    }

    private async Task<int> RunAsync(IReadOnlyList<FeedLine> feed, IReadOnlyList<DemoSchool> schools, DuoStandInSetup duo, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var hub = DemoHub.Build(configuration, duo.ClientSettings);
        await hub.StartAsync(cancellationToken);
        var rabbit = hub.Services.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        var printer = new FeedbackPrinter(output);
        var loaded = await hub.Services.GetRequiredService<DirectoryLoader>().LoadAsync(directory.FullName, cancellationToken);
        var lvs = new Dictionary<string, SchoolConnection>(StringComparer.Ordinal);
        try
        {
            output.WriteLine($"IntegrationHub demo: {feed.Count} messages from {schools.Count} schools through RabbitMQ {rabbit.Host}:{rabbit.Port}/{rabbit.VirtualHost}");
            output.WriteLine($"  routing directory loaded from {directory.Name}/: {loaded.OrganisationsAdded} organisations, {loaded.LeerplichtAdded} leerplicht routes, {loaded.JgzAdded} JGZ assignments");
            output.WriteLine($"  DUO verzuimregister: a stand-in on {duo.Server.Endpoint} (HTTPS, the hub's client certificate required; the hub's own XSD, contracts/duo)");
            foreach (var school in schools)
            {
                lvs[school.Brin] = await ConnectAsync(hub.Services, rabbit, school, printer, cancellationToken);
            }

            output.WriteLine();
            output.WriteLine($"Publishing {feed.Count} messages, each as its school's own LVS user to its own exchange ...");
            foreach (var line in feed)
            {
                await lvs[FeedFile.SenderBrin(line)].PublishAsync(line, cancellationToken);
            }

            output.WriteLine("What the schools hear back (accepted messages are counted, not listed):");
            var answered = await WaitAsync(() => printer.SubmissionAnswers >= feed.Count, timeout, cancellationToken);
            await WaitForQuietAsync(printer, cancellationToken);

            // Time as an input: the feed is in the past, so every finding is due to settle. The demo's scheduler
            // waits (Signalering:DuePollSeconds); settling runs once here, after the whole feed is in, so what the
            // partners receive is the same on every run.
            output.WriteLine();
            output.WriteLine("The clock runs on: findings settle into meldingen (what the partners receive, once):");
            await hub.Services.GetRequiredService<DueMeldingen>().RunAsync(cancellationToken);
            await WaitForQuietAsync(printer, cancellationToken);
            await ShowDuoLoopAsync(duo.Server, printer, cancellationToken);
            PrintSummary(printer, feed.Count);
            if (!answered)
            {
                await Console.Error.WriteLineAsync($"hub demo: only {printer.SubmissionAnswers} of {feed.Count} messages were answered within {timeout.TotalSeconds:0} s");
                return 1;
            }

            return 0;
        }
        finally
        {
            foreach (var connection in lvs.Values)
            {
                await connection.DisposeAsync();
            }

            await hub.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// DUO's side: the meldingen DUO registered (each once; the school heard "registered" above), then the gemeente handles
    /// the first 16-uur melding in DUO's register — in behandeling, then afgesloten "terug naar school" — and the hub's poll
    /// brings both statuses back to the school.
    /// </summary>
    private async Task ShowDuoLoopAsync(DuoStandInServer duo, FeedbackPrinter printer, CancellationToken cancellationToken)
    {
        var registrations = duo.Store.Registrations;
        output.WriteLine();
        output.WriteLine($"DUO registered {registrations.Count} meldingen, each once, every document valid against the XSD (absoluut verzuim is not reported to DUO).");
        var melding = registrations.OrderBy(r => r.Meldingsnummer, StringComparer.Ordinal).FirstOrDefault(r => r.Melding.Soort is DuoSoort.V3 or DuoSoort.V4);
        if (melding is null)
        {
            return;
        }

        output.WriteLine($"The gemeente handles meldingsnummer {melding.Meldingsnummer} in DUO's register; the hub polls DUO and tells the school:");
        duo.SetStatus(melding.Meldingsnummer, DuoStatus.B, contactpersoon: new DuoContactpersoon("A. de Vries", "leerplichtambtenaar", "0301234567", "leerplicht@gemeente.example"));
        await WaitAsync(() => printer.Count("DUO status: in-behandeling") > 0, TimeSpan.FromSeconds(60), cancellationToken);
        duo.SetStatus(melding.Meldingsnummer, DuoStatus.G, "terug-naar-school", "leerling-gezien-door-gemeente");
        await WaitAsync(() => printer.Count("DUO status: afgesloten") > 0, TimeSpan.FromSeconds(60), cancellationToken);
    }

    private async Task<SchoolConnection> ConnectAsync(IServiceProvider services, RabbitMqOptions rabbit, DemoSchool school, FeedbackPrinter printer, CancellationToken cancellationToken)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var provisioner = services.GetRequiredService<SchoolProvisioner>();
        var credentials = await provisioner.ProvisionAsync(new SchoolRegistration(school.Brin, school.Name, school.Region, password, school.Melder, school.RequiresApproval, school.BatchedAcceptance), cancellationToken);
        output.WriteLine($"  connected {school.Brin} {school.Name,-28} AMQP user {credentials.AmqpUsername}, publishes to {credentials.InboundExchange}, reads {credentials.FeedbackQueue}{(school.BatchedAcceptance ? " (acceptances in batches)" : "")}");
        var factory = new ConnectionFactory
        {
            HostName = rabbit.Host,
            Port = rabbit.Port,
            VirtualHost = rabbit.VirtualHost,
            UserName = credentials.AmqpUsername,
            Password = password,
            ClientProvidedName = $"demo-lvs-{school.Brin}",
        };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var reader = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(reader);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            foreach (var message in FeedbackMessage.ParseAll(school.Brin, delivery.Body.Span))
            {
                printer.Print(message);
            }

            await reader.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await reader.BasicConsumeAsync(credentials.FeedbackQueue, autoAck: false, consumer, cancellationToken);
        return new SchoolConnection(connection, publisher, reader, credentials);
    }

    private static async Task<bool> WaitAsync(Func<bool> done, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + timeout;
        while (!done() && DateTime.UtcNow < until)
        {
            await Task.Delay(200, cancellationToken);
        }

        return done();
    }

    /// <summary>Signals follow the answers; wait until nothing new has arrived for three seconds (at most a minute).</summary>
    private static async Task WaitForQuietAsync(FeedbackPrinter printer, CancellationToken cancellationToken)
    {
        var total = -1;
        for (var i = 0; i < 20; i++)
        {
            var now = printer.Counts().Sum(c => c.Value);
            if (now == total)
            {
                return;
            }

            total = now;
            await Task.Delay(3000, cancellationToken);
        }
    }

    private void PrintSummary(FeedbackPrinter printer, int sent)
    {
        output.WriteLine();
        output.WriteLine($"Summary: {sent} messages sent, {printer.SubmissionAnswers} answered");
        foreach (var (what, count) in printer.Counts())
        {
            output.WriteLine($"  {count,5}  {what}");
        }
    }

    private sealed record SchoolConnection(IConnection Connection, IChannel Publisher, IChannel Reader, SchoolCredentials Credentials) : IAsyncDisposable
    {
        public async Task PublishAsync(FeedLine line, CancellationToken cancellationToken)
        {
            var properties = new BasicProperties
            {
                Type = line.MessageType,
                ContentType = "application/json",
                UserId = Credentials.AmqpUsername,
                Persistent = true,
                MessageId = FeedFile.EnvelopeOf(line)?.MessageId.ToString(),
            };
            await Publisher.BasicPublishAsync(Topology.InboundExchange(Credentials.Brin), string.Empty, mandatory: true, properties, FeedFile.Body(line), cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await Reader.DisposeAsync();
            await Publisher.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}

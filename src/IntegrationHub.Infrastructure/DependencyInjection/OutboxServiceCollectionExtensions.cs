using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox relay (section "Outbox"): sends committed outbox rows through the MassTransit bus
    /// (AddHubMessaging) and the hub's NpgsqlDataSource (AddHubPersistence). The intake's message types are
    /// registered here, and so are the signalering's and the routing's, because a relay-only process (Hub:Roles=relay) never calls
    /// AddSignalering and would otherwise park those rows. Add others with <see cref="AddOutboxMessageType{T}"/>.
    /// </summary>
    public static IServiceCollection AddOutboxRelay(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOutboxMessageType<SubmissionAccepted>()
            .AddOutboxMessageType<SubmissionsAccepted>()
            .AddOutboxMessageType<SubmissionRejected>()
            .AddOutboxMessageType<PupilEventsRecorded>()
            .AddOutboxMessageType<SchoolCalendarChanged>()
            .AddOutboxMessageType<VerzuimSignalRaised>()
            .AddOutboxMessageType<VerzuimSignalWithdrawn>()
            .AddOutboxMessageType<FindingRaised>()
            .AddOutboxMessageType<FindingsDigest>()
            .AddOutboxMessageType<VerzuimmeldingApprovalRequested>()
            .AddOutboxMessageType<VerzuimmeldingSent>()
            .AddOutboxMessageType<VerzuimmeldingDecisionRequired>()
            .AddOutboxMessageType<VerzuimmeldingDecisionRefused>()
            .AddOutboxMessageType<VerzuimmeldingReady>()
            .AddOutboxMessageType<VerzuimmeldingEinddatumSet>()
            .AddOutboxMessageType<VerzuimmeldingWithdrawn>()
            .AddOutboxMessageType<VerzuimmeldingDecided>()
            .AddOutboxMessageType<MazlReferralRequested>()
            .AddOutboxMessageType<VerzuimmeldingNotification>()
            .AddOutboxMessageType<VerzuimmeldingNotificationUpdated>()
            .AddOutboxMessageType<MazlReferral>()
            .AddOutboxMessageType<PartnerDeliveryParked>()
            .AddOutboxMessageType<MazlReferralSent>()
            .AddOutboxMessageType<MazlReferralBlocked>()
            .AddOutboxMessageType<JgzAdviceReceived>()
            .AddOutboxMessageType<PartnerStatusReceived>()
            .AddOutboxMessageType<VerzuimmeldingRegistered>()
            .AddOutboxMessageType<VerzuimmeldingNotRegistered>()
            .AddOutboxMessageType<VerzuimmeldingStatusChanged>()
            .AddOutboxMessageType<VerzuimmeldingClosed>()
            .AddOutboxMessageType<VerzuimmeldingWithdrawalRegistered>()
            .AddOutboxMessageType<PartnerStatusOverdue>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSentHandler, IntegrationHub.Infrastructure.Persistence.Signalering.MeldingSentRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSentHandler, MazlReferralSentRecorder>());
        foreach (var disclosed in DisclosedTypes)
        {
            services.AddSingleton<IOutboxSentHandler>(provider => new DisclosureSentRecorder(disclosed, provider.GetRequiredService<TimeProvider>()));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSendGate, MazlConsentGate>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSendGate, IntegrationHub.Infrastructure.Persistence.Partners.JgzAdviceConsentGate>());
        services.TryAddSingleton<IntegrationHub.Application.Privacy.IConsentRegistry, IntegrationHub.Infrastructure.Persistence.Privacy.NpgsqlConsentRegistry>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxMessageTypes>();
        services.TryAddSingleton<NpgsqlOutboxStore>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<OutboxBatchSender>();
        services.AddHostedService<OutboxRelay>();
        return services;
    }

    /// <summary>The message types whose rows carry a disclosure log entry (partner-bound, and JGZ advice passed to a school).</summary>
    private static readonly Type[] DisclosedTypes =
        [typeof(VerzuimmeldingNotification), typeof(VerzuimmeldingNotificationUpdated), typeof(MazlReferral), typeof(JgzAdviceReceived)];

    /// <summary>Lets the relay send messages of type <typeparamref name="T"/> written with OutboxWriter.</summary>
    public static IServiceCollection AddOutboxMessageType<T>(this IServiceCollection services)
        where T : class
    {
        services.AddSingleton(new OutboxMessageType(typeof(T)));
        return services;
    }
}

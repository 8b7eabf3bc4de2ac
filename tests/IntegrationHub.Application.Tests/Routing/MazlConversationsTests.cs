using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Application.Tests.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Signalering.State;
using MazlConversationRecorded = IntegrationHub.Domain.Events.MazlConversationRecorded;

namespace IntegrationHub.Application.Tests.Routing;

public sealed class MazlConversationsTests
{
    private const string FindingId = "mazl-criterium|test";
    private static readonly DateTimeOffset Now = new(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);
    private static readonly MeldingContext Context = new FixedContextSource()
        .GetMeldingContextAsync(PupilEvents.School, SignaleringContext.Create(Domain.Calendar.SchoolRegion.Noord), CancellationToken.None).Result;

    [Fact]
    public void Should_request_a_referral_with_counts_and_dates_only_when_the_conversation_was_complete_and_asked_for_it()
    {
        var answer = MazlConversations.Answer(Conversation(), State(), Context, "lvs-1", new SchoolMessageCause("MazlConversationRecorded x", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), Now);

        var request = Assert.IsType<MazlReferralRequested>(answer);
        Assert.Equal(FindingId, request.FindingId);
        Assert.Equal("4-ziekmeldingen-in-12-schoolweken", request.Criterion);
        Assert.Equal(5, request.SickDays);
        Assert.Equal("GM0014", request.Woongemeente);
        Assert.Equal(new DateOnly(2012, 3, 10), request.BirthDate);
        Assert.Equal("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", request.TraceParent);
        Assert.Equal(FixedContextSource.Melder.Email, request.Contact.Email);
    }

    [Fact]
    public void Should_give_the_same_referral_id_when_the_same_conversation_arrives_twice()
    {
        var conversation = Conversation();

        Assert.Equal(MazlConversations.ReferralId(conversation), MazlConversations.ReferralId(conversation with { }));
        Assert.NotEqual(MazlConversations.ReferralId(conversation), MazlConversations.ReferralId(conversation with { EventId = Guid.NewGuid().ToString() }));
    }

    [Theory]
    [InlineData(false, true, true, BlockReasons.ConversationIncomplete)]
    [InlineData(true, false, true, BlockReasons.ConversationIncomplete)]
    [InlineData(true, true, false, BlockReasons.ReferralNotRequested)]
    public void Should_tell_the_school_why_nothing_goes_to_jgz_when_the_conversation_does_not_allow_a_referral(
        bool withPupil, bool withParents, bool refer, string reason)
    {
        var answer = MazlConversations.Answer(Conversation() with { WithPupil = withPupil, WithParents = withParents, ReferToJgz = refer }, State(), Context, "lvs-1", null, Now);

        Assert.Equal(reason, Assert.IsType<MazlReferralBlocked>(answer).Reason);
    }

    [Fact]
    public void Should_refuse_when_the_finding_is_not_an_active_mazl_finding_of_the_pupil()
    {
        var answer = MazlConversations.Answer(Conversation() with { FindingId = "melding-16-uur|other" }, State(), Context, "lvs-1", null, Now);

        Assert.Equal(BlockReasons.FindingUnknown, Assert.IsType<MazlReferralBlocked>(answer).Reason);
    }

    private static MazlConversationRecorded Conversation() => new()
    {
        Pupil = PupilEvents.Pupil,
        EventId = "8d2b3c1e-5b1f-4c41-9f44-d3f0bb1e2f10",
        School = PupilEvents.School,
        OccurredAt = Now,
        FindingId = FindingId,
        HeldOn = new DateOnly(2026, 10, 9),
        WithPupil = true,
        WithParents = true,
        ReferToJgz = true,
    };

    private static PupilState State() => new()
    {
        Pupil = PupilEvents.Pupil,
        School = PupilEvents.School,
        Profile =
        [
            new ProfileFact
            {
                EventId = "e1", OccurredAt = Now.AddDays(-60), EffectiveFrom = new DateOnly(2026, 8, 17), BirthDate = new DateOnly(2012, 3, 10),
                Woongemeente = "GM0014", SchoolKind = SchoolKind.Vo,
            },
        ],
        Signals =
        [
            new Signal
            {
                SignalId = FindingId, Kind = SignalKind.MazlCriterium, Rule = "mazl-ziekmeldingen", Recipient = SignalRecipient.School, Pupil = PupilEvents.Pupil,
                School = PupilEvents.School, Regime = Regime.Leerplicht, Begindatum = new DateOnly(2026, 9, 1), TriggeredOn = new DateOnly(2026, 10, 2),
                VerzuimDagen = 5, Criterion = "4-ziekmeldingen-in-12-schoolweken",
            },
        ],
    };
}

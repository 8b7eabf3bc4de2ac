using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Meldingen;

/// <summary>
/// A correction after a melding was sent, through the running worker and the real broker: the hub never withdraws a
/// sent melding by itself. It asks the school (VerzuimmeldingDecisionRequired) and sends the partner nothing until
/// the school answers; only the school's own "intrekken" withdraws it: the partner hears "ingetrokken", never the school's
/// own words (free text stays with the school).
/// </summary>
public sealed class SentMeldingCorrectionTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 43;
    private const string Reason = "Leerling was afwezig wegens overmacht; melding onterecht.";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_ask_the_school_and_send_nothing_to_the_partner_until_the_school_withdraws_when_a_correction_follows_a_sent_melding()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var partnerQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, MeldingFacts.LeerplichtOfTheirWoongemeente);
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var partner = MessageLog.Of(partnerQueue);
        var pupil = MeldingFacts.Pupil(PupilNumber);
        var lessons = MeldingFacts.MissedLessons(school.Brin, pupil, MeldingFacts.SeptemberTuesdays);

        await lvs.PublishAsync(TestMessages.ToJson(MeldingFacts.Enrolment(school.Brin, pupil, new DateOnly(2026, 8, 17))), type: nameof(PupilEnrolled));
        foreach (var lesson in lessons)
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        var meldingId = sent.MeldingId!.Value;
        var ready = await partner.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotification)));
        Assert.Equal(meldingId, ready.MeldingId);
        await partner.ReadForAsync(Quiet);
        Assert.Single(partner.All);

        await lvs.PublishAsync(TestMessages.ToJson(MeldingFacts.Overmacht(lessons[0])), type: nameof(AttendanceCorrected));
        var asked = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingDecisionRequired)));
        Assert.Equal(meldingId, asked.MeldingId);
        Assert.Equal(["intrekken", "handhaven"], asked.Message.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(await partner.ReadForAsync(Quiet));

        var withdrawal = MeldingFacts.Withdrawal(school.Brin, meldingId, Reason);
        await lvs.PublishAsync(TestMessages.ToJson(withdrawal), type: nameof(DecideVerzuimmelding));
        var withdrawn = await partner.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotificationUpdated)));
        await partner.ReadForAsync(Quiet);

        Assert.Equal(meldingId, withdrawn.MeldingId);
        Assert.Equal("ingetrokken", withdrawn.Text("change"));
        Assert.DoesNotContain(Reason, withdrawn.Message.GetRawText(), StringComparison.Ordinal); // the school's own words stay with the school
        Assert.Equal([nameof(VerzuimmeldingNotification), nameof(VerzuimmeldingNotificationUpdated)], partner.All.Select(m => m.ShortType));
        Assert.True((await feedback.WaitForAsync(f => f.MessageId == withdrawal.Envelope.MessageId)).IsAccepted);
    }
}

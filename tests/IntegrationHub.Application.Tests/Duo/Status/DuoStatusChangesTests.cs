using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Duo.Status;

public sealed class DuoStatusChangesTests
{
    private static readonly Guid MeldingId = Guid.Parse("0195c8a0-0000-7000-8000-000000000001");
    private static readonly Guid MessageId = Guid.Parse("0195c8a0-0000-7000-8000-0000000000ff");
    private static readonly DateTimeOffset At = new(2027, 11, 20, 14, 30, 0, TimeSpan.Zero);
    private static readonly StatusMelding Melding = new(MeldingId, "M1000", "12AB", "00", "LVS-1001");

    [Theory]
    [InlineData(DuoStatus.B, MeldingStatus.InBehandeling)]
    [InlineData(DuoStatus.K, MeldingStatus.TerKennisgevingAangenomen)]
    [InlineData(DuoStatus.D, MeldingStatus.OvergedragenAanDerden)]
    public void Should_tell_the_school_the_status_changed_with_the_cbs_gemeente_when_duo_returns_a_new_status(DuoStatus status, MeldingStatus expected)
    {
        var decision = DuoStatusChanges.Decide(Change(status), Melding, MessageId);

        Assert.True(decision.UpdatesMelding);
        Assert.Equal(("12AB", MessageId, typeof(VerzuimmeldingStatusChanged)), (decision.Feedback!.Brin, decision.Feedback.MessageId, decision.Feedback.MessageType));
        var changed = Assert.IsType<VerzuimmeldingStatusChanged>(decision.Feedback.Message);
        Assert.Equal((MeldingId, "M1000", "LVS-1001", expected, "GM0344", At), (changed.MeldingId, changed.Meldingsnummer, changed.LvsPupilKey, changed.Status, changed.Gemeente, changed.StatusAt));
        Assert.Equal("J. de Vries", changed.Contactpersoon!.Naam);
    }

    [Fact]
    public void Should_tell_the_school_it_was_closed_with_reden_and_toelichting_when_duo_returns_afgesloten()
    {
        var decision = DuoStatusChanges.Decide(Change(DuoStatus.G) with { RedenAfgesloten = "inschrijving-beeindigd-werk", ToelichtingAfsluiting = "geen-actie-meer-richting-leerling" }, Melding, MessageId);

        var closed = Assert.IsType<VerzuimmeldingClosed>(decision.Feedback!.Message);
        Assert.Equal((RedenAfgesloten.InschrijvingBeeindigdWerk, (ToelichtingAfsluiting?)ToelichtingAfsluiting.GeenActieMeerRichtingLeerling, "M1000", At),
            (closed.RedenAfgesloten, closed.ToelichtingAfsluiting, closed.Meldingsnummer, closed.ClosedAt));
    }

    [Fact]
    public void Should_still_tell_the_school_it_was_afgesloten_when_duo_gives_no_reden_the_contract_knows()
    {
        var decision = DuoStatusChanges.Decide(Change(DuoStatus.G) with { RedenAfgesloten = "onbekend" }, Melding, MessageId);

        Assert.True(decision.UpdatesMelding);
        Assert.Equal(MeldingStatus.Afgesloten, Assert.IsType<VerzuimmeldingStatusChanged>(decision.Feedback!.Message).Status);
    }

    [Fact]
    public void Should_tell_the_school_the_withdrawal_was_registered_when_duo_returns_ingetrokken()
    {
        var decision = DuoStatusChanges.Decide(Change(DuoStatus.I), Melding, MessageId);

        var withdrawn = Assert.IsType<VerzuimmeldingWithdrawalRegistered>(decision.Feedback!.Message);
        Assert.Equal((MeldingId, "M1000", At), (withdrawn.MeldingId, withdrawn.Meldingsnummer, withdrawn.WithdrawnAt));
    }

    [Fact]
    public void Should_only_record_geregistreerd_when_the_poll_returns_it_because_the_dispatcher_told_the_school()
    {
        var decision = DuoStatusChanges.Decide(Change(DuoStatus.R), Melding, MessageId);

        Assert.Equal((false, (StatusFeedback?)null, "GM0344"), (decision.UpdatesMelding, decision.Feedback, decision.Gemeente));
    }

    [Fact]
    public void Should_only_record_the_status_when_the_hub_does_not_know_the_meldingsnummer()
    {
        var decision = DuoStatusChanges.Decide(Change(DuoStatus.B), null, MessageId);

        Assert.False(decision.UpdatesMelding);
        Assert.Null(decision.Feedback);
    }

    [Theory]
    [InlineData("344")]
    [InlineData("GM0344")]
    [InlineData("03a4")]
    public void Should_not_guess_a_gemeente_when_duo_gives_a_code_that_is_not_four_digits(string code)
    {
        var decision = DuoStatusChanges.Decide(Change(DuoStatus.B) with { Gemeentecode = code }, Melding, MessageId);

        Assert.Null(decision.Gemeente);
        Assert.Null(Assert.IsType<VerzuimmeldingStatusChanged>(decision.Feedback!.Message).Gemeente);
    }

    private static DuoStatusChange Change(DuoStatus status) => new()
    {
        Meldingsnummer = "M1000",
        MeldingId = MeldingId,
        Status = status,
        StatusAt = At,
        Gemeentecode = "0344",
        Contactpersoon = new DuoContactpersoon("J. de Vries", "leerplichtambtenaar", "030-1234567", "leerplicht@example.nl"),
    };
}

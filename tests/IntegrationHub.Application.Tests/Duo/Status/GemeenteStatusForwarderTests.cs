using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Application.Partners;
using IntegrationHub.Application.Tests.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Duo.Status;

/// <summary>The forwarding the partner gateway and the console share: only the routed organisation's status goes to DUO.</summary>
public sealed class GemeenteStatusForwarderTests
{
    private readonly InMemoryPartnerAnswerStore _store = new();
    private readonly GemeenteStatusForwarder _forwarder;

    public GemeenteStatusForwarderTests()
    {
        _forwarder = new GemeenteStatusForwarder(_store);
        _store.Meldingen.Add(PartnerSamples.RoutedMelding());
    }

    [Fact]
    public async Task Should_store_the_status_and_queue_it_for_duo_as_the_routed_woongemeente_when_the_melding_was_routed_to_the_sender()
    {
        var status = PartnerSamples.Status(PartnerStatus.TerKennisnemingAangenomen) with { Contactpersoon = null };

        var result = await _forwarder.ForwardAsync("console:" + PartnerSamples.Leerplicht, PartnerSamples.Leerplicht, status, PartnerSamples.Now, CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.Accepted, result.Result);
        Assert.Equal("ter-kennisneming-aangenomen", Assert.Single(_store.Statuses).Status);
        var request = Assert.Single(_store.ForwardedToDuo);
        Assert.Equal((PartnerSamples.MeldingId, "", "0344", DuoStatus.K, (DuoContactpersoon?)null),
            (request.MeldingId, request.Status.Meldingsnummer, request.Status.Gemeentecode, request.Status.Status, request.Status.Contactpersoon));
        Assert.Empty(_store.Feedback);
    }

    [Fact]
    public async Task Should_reject_and_queue_nothing_for_duo_when_the_melding_was_routed_to_another_organisation()
    {
        var result = await _forwarder.ForwardAsync("console:" + PartnerSamples.OtherLeerplicht, PartnerSamples.OtherLeerplicht, PartnerSamples.Status(), PartnerSamples.Now, CancellationToken.None);

        Assert.Equal((PartnerAnswerResult.Rejected, "melding.unknown"), (result.Result, Assert.Single(result.Reasons).Code));
        Assert.Empty(_store.Statuses);
        Assert.Empty(_store.ForwardedToDuo);
    }

    [Fact]
    public async Task Should_reject_an_invalid_status_before_it_reads_anything()
    {
        var status = PartnerSamples.Status(PartnerStatus.Afgesloten) with { RedenAfgesloten = null };

        var result = await _forwarder.ForwardAsync("console:" + PartnerSamples.Leerplicht, PartnerSamples.Leerplicht, status, PartnerSamples.Now, CancellationToken.None);

        Assert.Equal((PartnerAnswerResult.Rejected, "status.reden-required"), (result.Result, Assert.Single(result.Reasons).Code));
        Assert.Empty(_store.ForwardedToDuo);
    }

    [Fact]
    public async Task Should_forward_once_when_the_same_status_comes_twice()
    {
        var status = PartnerSamples.Status();

        await _forwarder.ForwardAsync("console:x", PartnerSamples.Leerplicht, status, PartnerSamples.Now, CancellationToken.None);
        var repeat = await _forwarder.ForwardAsync("console:x", PartnerSamples.Leerplicht, status, PartnerSamples.Now, CancellationToken.None);

        Assert.Equal(PartnerAnswerResult.Repeat, repeat.Result);
        Assert.Single(_store.ForwardedToDuo);
    }

    [Theory]
    [InlineData(PartnerStatus.InBehandeling, DuoStatus.B)]
    [InlineData(PartnerStatus.Afgesloten, DuoStatus.G)]
    [InlineData(PartnerStatus.TerKennisnemingAangenomen, DuoStatus.K)]
    public void Should_map_the_partner_status_to_duos_code(PartnerStatus status, DuoStatus expected) =>
        Assert.Equal(expected, GemeenteStatusForwarding.ToDuo(status));

    [Fact]
    public void Should_refuse_to_guess_when_the_woongemeente_is_not_a_cbs_code() =>
        Assert.Throws<FormatException>(() => GemeenteStatusForwarding.ToDuo(PartnerSamples.Status(), "0344"));
}

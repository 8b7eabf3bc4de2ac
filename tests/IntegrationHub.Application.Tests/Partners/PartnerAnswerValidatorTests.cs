using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Partners;

public sealed class PartnerAnswerValidatorTests
{
    private static readonly DateTimeOffset Now = PartnerSamples.Now;

    [Fact]
    public void Should_accept_the_samples_when_they_are_complete()
    {
        Assert.Empty(PartnerAnswerValidator.Validate(PartnerSamples.Status(PartnerStatus.Afgesloten), Now));
        Assert.Empty(PartnerAnswerValidator.Validate(PartnerSamples.Advice(), Now));
    }

    [Fact]
    public void Should_require_a_reden_when_the_status_is_afgesloten() =>
        AssertCode("status.reden-required", PartnerSamples.Status(PartnerStatus.Afgesloten) with { RedenAfgesloten = null });

    [Fact]
    public void Should_refuse_a_reden_when_the_status_is_not_afgesloten() =>
        AssertCode("status.reden-unexpected", PartnerSamples.Status() with { RedenAfgesloten = RedenAfgesloten.InschrijvingBeeindigdWerk });

    [Fact]
    public void Should_refuse_an_enum_value_outside_the_list_when_it_came_as_a_number()
    {
        AssertCode("enum.unknown", PartnerSamples.Status() with { Status = (PartnerStatus)7 });
        AssertCode("enum.unknown", PartnerSamples.Advice() with { Adjustments = [(AdviceAdjustment)42] });
    }

    [Fact]
    public void Should_refuse_empty_ids_when_the_partner_sent_the_empty_guid()
    {
        var reasons = PartnerAnswerValidator.Validate(PartnerSamples.Status() with { MessageId = Guid.Empty, MeldingId = Guid.Empty }, Now);

        Assert.Equal(["message.id-empty", "field.required"], reasons.Select(r => r.Code));
    }

    [Fact]
    public void Should_refuse_contact_fields_when_too_long_empty_or_with_control_characters()
    {
        var status = PartnerSamples.Status() with
        {
            Contactpersoon = new ContactpersoonRef { Naam = new string('n', 101), Functie = "", Telefoon = "030\u00001234", Email = "a@example.nl" },
        };

        var reasons = PartnerAnswerValidator.Validate(status, Now);

        Assert.Equal(
            [("field.too-long", "contactpersoon.naam"), ("field.required", "contactpersoon.functie"), ("field.invalid", "contactpersoon.telefoon")],
            reasons.Select(r => (r.Code, r.Field!)));
    }

    [Fact]
    public void Should_refuse_times_in_the_future_when_past_the_clock_skew()
    {
        AssertCode("status.set-at-future", PartnerSamples.Status() with { SetAt = Now.AddMinutes(6) });
        Assert.Empty(PartnerAnswerValidator.Validate(PartnerSamples.Status() with { SetAt = Now.AddMinutes(4) }, Now));
        AssertCode("advice.given-at-future", PartnerSamples.Advice() with { GivenAt = Now.AddHours(1) });
    }

    [Fact]
    public void Should_refuse_advice_when_hours_are_out_of_range_or_an_adjustment_repeats()
    {
        AssertCode("advice.start-hours-range", PartnerSamples.Advice() with { StartHoursPerWeek = 41 });
        AssertCode("advice.adjustment-repeated", PartnerSamples.Advice() with { Adjustments = [AdviceAdjustment.MinderToetsen, AdviceAdjustment.MinderToetsen] });
    }

    private static void AssertCode(string code, object message) =>
        Assert.Equal(code, Assert.Single(PartnerAnswerValidator.Validate(message, Now)).Code);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Partners;

public sealed class PartnerMessageReaderTests
{
    [Theory]
    [InlineData("PartnerStatusSet")]
    [InlineData("urn:message:IntegrationHub.Contracts.V1:PartnerStatusSet")]
    public void Should_read_the_status_when_a_plain_body_is_named_by_the_type_property(string type)
    {
        var status = PartnerSamples.Status(PartnerStatus.Afgesloten);

        var result = PartnerMessageReader.Read(PartnerSamples.Json(status), type, "application/json");

        var read = Assert.IsType<PartnerStatusSet>(result.Message);
        Assert.Equal(status.MessageId, result.MessageId);
        Assert.Equal(RedenAfgesloten.TerugNaarSchool, read.RedenAfgesloten);
        Assert.Equal(status.Contactpersoon, read.Contactpersoon);
    }

    [Fact]
    public void Should_read_the_advice_when_it_comes_in_a_masstransit_envelope()
    {
        var advice = PartnerSamples.Advice();
        var envelope = new JsonObject
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["messageType"] = new JsonArray("urn:message:Jgz.Internal:Advies", "urn:message:IntegrationHub.Contracts.V1:JgzAdviceGiven"),
            ["message"] = JsonSerializer.SerializeToNode(advice, JsonSerializerOptions.Web),
            ["headers"] = new JsonObject(),
        };

        var result = PartnerMessageReader.Read(PartnerSamples.Utf8(envelope.ToJsonString()), typeHint: null, "application/vnd.masstransit+json");

        var read = Assert.IsType<JgzAdviceGiven>(result.Message);
        Assert.Equal(advice.MessageId, result.MessageId);
        Assert.Equal(advice.Adjustments, read.Adjustments);
    }

    [Theory]
    [InlineData("{not json", "PartnerStatusSet", "message.unparseable")]
    [InlineData("[1,2]", "PartnerStatusSet", "message.unparseable")]
    [InlineData("{}", null, "message.type-missing")]
    [InlineData("{}", "AttendanceRegistered", "message.type-unknown")]
    [InlineData("{}", "VerzuimmeldingNotification", "message.type-unknown")]
    public void Should_give_a_coded_reason_when_the_body_or_type_is_not_a_partner_message(string body, string? type, string code)
    {
        var result = PartnerMessageReader.Read(PartnerSamples.Utf8(body), type, "application/json");

        Assert.False(result.IsSuccess);
        Assert.Equal(code, Assert.Single(result.Reasons).Code);
    }

    [Theory]
    [InlineData("status", "\"gesloten\"", "enum.unknown")]
    [InlineData("organisationId", "\"rbl-utrecht-zuid\"", "field.unknown")]
    [InlineData("meldingId", null, "field.required")]
    public void Should_give_a_coded_reason_when_a_member_is_wrong_unknown_or_missing(string member, string? json, string code)
    {
        var body = JsonSerializer.SerializeToNode(PartnerSamples.Status(), JsonSerializerOptions.Web)!.AsObject();
        if (json is null)
        {
            body.Remove(member);
        }
        else
        {
            body[member] = JsonNode.Parse(json);
        }

        var result = PartnerMessageReader.Read(PartnerSamples.Utf8(body.ToJsonString()), "PartnerStatusSet", "application/json");

        var reason = Assert.Single(result.Reasons);
        Assert.Equal(code, reason.Code);
        Assert.Equal(member, reason.Field);
        Assert.NotNull(result.MessageId);
    }
}

using IntegrationHub.Infrastructure.Gateways.Amqp;

namespace IntegrationHub.Worker.Tests.Gateways;

public sealed class DeliverySenderTests
{
    [Theory]
    [InlineData("school.12AB.in", null)]
    [InlineData("school.12AB.in", "lvs-12AB")]
    public void Should_name_the_school_of_the_exchange_when_the_delivery_came_through_it(string exchange, string? userId)
    {
        var sender = DeliverySender.Identify(exchange, userId);

        Assert.NotNull(sender);
        Assert.Equal("12AB", sender.Brin);
        Assert.Equal("lvs-12AB", sender.CredentialId);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("amq.direct", null)]
    [InlineData("school.12AB.feedback", null)]
    [InlineData("school.12ab.in", null)]
    [InlineData("school.12AB.x.in", null)]
    [InlineData("school..in", null)]
    [InlineData("school.12AB.in", "hub")]
    [InlineData("school.12AB.in", "lvs-34CD")]
    public void Should_name_no_school_when_no_school_exchange_vouches_for_the_delivery(string exchange, string? userId)
    {
        Assert.Null(DeliverySender.Identify(exchange, userId));
    }
}

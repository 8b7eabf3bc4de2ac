using IntegrationHub.Infrastructure.Messaging.Failed;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Failed;

public sealed class FailedMessageCauseTests
{
    [Fact]
    public void Should_take_ids_numbers_and_quoted_values_out_when_normalising_an_exception_message()
    {
        var cause = FailedMessageCause.From(new InvalidOperationException(
            "duplicate key value violates unique constraint \"pupil_identity_pkey\" DETAIL: Key (nummer)=(999990020) already exists; message 0b6f3c1e-2a4d-4f7e-9c1a-5d2e8f3a9b70 at 12:00"));

        Assert.Equal("System.InvalidOperationException", cause.ExceptionType);
        Assert.Equal("duplicate key value violates unique constraint {value} DETAIL: Key {value} already exists; message {id} at {n}", cause.Reason);
    }

    [Fact]
    public void Should_group_the_same_fault_of_one_message_type_under_one_key_when_only_the_values_differ()
    {
        var first = FailedMessageCause.From(new TimeoutException("Pupil 999990001 timed out after 30 s"));
        var second = FailedMessageCause.From(new TimeoutException("Pupil 999990002 timed out after 31 s"));

        Assert.Equal(first.GroupKey("urn:message:A"), second.GroupKey("urn:message:A"));
        Assert.NotEqual(first.GroupKey("urn:message:A"), first.GroupKey("urn:message:B"));
    }
}

using System.Text;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

public sealed class DisclosureSubjectProtectorTests
{
    private const string Pupil = "rshyg7mn4ffyfiwyxtf2x4yhrq";
    private static readonly DisclosureSubjectProtector Protector = New(PrivacyDatabase.DisclosureKey);

    [Fact]
    public void Should_give_the_pseudonym_back_when_a_protected_subject_is_unprotected()
    {
        Assert.Equal(Pupil, Protector.Unprotect(Protector.Protect(Pupil)));
    }

    [Fact]
    public void Should_not_hold_the_pseudonym_in_clear_when_the_subject_is_protected()
    {
        var cipher = Protector.Protect(Pupil);

        Assert.DoesNotContain(Pupil, Encoding.UTF8.GetString(cipher), StringComparison.Ordinal);
        Assert.NotEqual(cipher, Protector.Protect(Pupil));
    }

    [Fact]
    public void Should_give_the_same_lookup_when_another_instance_has_the_same_key()
    {
        var again = New(PrivacyDatabase.DisclosureKey);

        Assert.Equal(Protector.Lookup(Pupil), again.Lookup(Pupil));
        Assert.Equal(Pupil, again.Unprotect(Protector.Protect(Pupil)));
        Assert.NotEqual(Protector.Lookup(Pupil), Protector.Lookup("a" + Pupil[1..]));
    }

    [Fact]
    public void Should_neither_find_nor_read_the_subject_when_the_key_differs()
    {
        var other = New("another-disclosure-key-0123456789-0123456789");

        Assert.NotEqual(Protector.Lookup(Pupil), other.Lookup(Pupil));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => other.Unprotect(Protector.Protect(Pupil)));
    }

    private static DisclosureSubjectProtector New(string key) => new(Options.Create(new DisclosureOptions { Key = key }));
}

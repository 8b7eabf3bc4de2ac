using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Application.Tests.Intake.Pseudonymisation;

public sealed class PupilPseudonymiserTests
{
    [Fact]
    public void Should_give_the_same_pseudonym_when_the_same_pupil_is_seen_again()
    {
        var first = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);
        var again = new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = "unit-test-key-0123456789-0123456789" }))
            .Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

        Assert.Equal(first, again);
    }

    [Fact]
    public void Should_be_26_lower_case_base32_characters_when_a_pseudonym_is_made()
    {
        var pseudonym = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

        Assert.Matches("^[a-z2-7]{26}$", pseudonym);
        Assert.DoesNotContain(Samples.Bsn, pseudonym, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_differ_when_the_nummersoort_or_the_key_differs()
    {
        var other = new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = "another-key-0123456789-0123456789-xx" }));

        var bsn = Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, Samples.Bsn);

        Assert.NotEqual(bsn, Samples.Pseudonymiser.Pseudonymise(NummerSoort.Onderwijsnummer, Samples.Bsn));
        Assert.NotEqual(bsn, other.Pseudonymise(NummerSoort.Bsn, Samples.Bsn));
        Assert.NotEqual(bsn, Samples.Pseudonymiser.Pseudonymise(NummerSoort.Bsn, "999990032"));
    }

    [Fact]
    public void Should_match_a_fresh_hmac_for_every_pupil_when_many_threads_share_one_pseudonymiser()
    {
        const string Key = "unit-test-key-0123456789-0123456789";
        var shared = new PupilPseudonymiser(Key);
        var numbers = Enumerable.Range(0, 2_000).Select(i => (999_990_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var pooled = new string[numbers.Length];
        Parallel.For(0, numbers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => pooled[i] = shared.Pseudonymise(NummerSoort.Bsn, numbers[i]));

        // The reference: a one-shot HMAC with its own keyed context per pupil, truncated and base32-encoded the same way.
        for (var i = 0; i < numbers.Length; i++)
        {
            var hash = System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key), System.Text.Encoding.UTF8.GetBytes("bsn:" + numbers[i]));
            Assert.Equal(Base32(hash.AsSpan(0, 16)), pooled[i]);
        }
    }

    [Fact]
    public void Should_refuse_to_start_when_no_key_is_configured()
    {
        Assert.ThrowsAny<ArgumentException>(() => new PupilPseudonymiser(Options.Create(new PseudonymisationOptions())));
    }

    private static string Base32(ReadOnlySpan<byte> bytes)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var bits = string.Concat(bytes.ToArray().Select(b => Convert.ToString(b, 2).PadLeft(8, '0')));
        bits = bits.PadRight((bits.Length + 4) / 5 * 5, '0');
        return string.Concat(Enumerable.Range(0, bits.Length / 5).Select(i => Alphabet[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));
    }
}

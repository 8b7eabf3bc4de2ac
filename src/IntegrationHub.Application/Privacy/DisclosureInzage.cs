using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Application.Intake.Validation;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Privacy;

/// <summary>
/// Inzage (AVG art. 15) for one pupil, named by the hub pseudonym or by the persoonsgebonden nummer. A nummer is checked
/// and pseudonymised exactly as the intake does it (<see cref="PupilPseudonymiser"/>), then forgotten: it is never
/// returned, stored or logged. Used by <c>hub disclosures</c> and the worker's operator endpoint.
/// </summary>
public sealed class DisclosureInzage(IDisclosureQuery query, PupilPseudonymiser pseudonymiser)
{
    /// <summary>The rejection code for a value that cannot be a hub pseudonym (26 characters of lower-case base32).</summary>
    public const string PseudonymFormat = "pupil.pseudonym-format";

    public async Task<InzageResult> ForPseudonymAsync(string? pseudonym, CancellationToken cancellationToken)
    {
        if (!IsPseudonym(pseudonym))
        {
            return InzageResult.Invalid(PseudonymFormat);
        }

        return new InzageResult(pseudonym, await query.ForPupilAsync(pseudonym!, cancellationToken), null);
    }

    /// <summary>One page of the pupil's disclosures (searched and paged by the store), or the error when the pseudonym cannot be one.</summary>
    public async Task<InzagePage> PageForPseudonymAsync(string? pseudonym, string? search, int offset, int limit, CancellationToken cancellationToken)
    {
        if (!IsPseudonym(pseudonym))
        {
            return new InzagePage(null, new([], 0), PseudonymFormat);
        }

        return new InzagePage(pseudonym, await query.PageForPupilAsync(pseudonym!, search, offset, limit, cancellationToken), null);
    }

    public async Task<InzageResult> ForNummerAsync(NummerSoort soort, string? nummer, CancellationToken cancellationToken)
    {
        if (PersoonsgebondenNummer.Check(soort, nummer) is { } error)
        {
            return InzageResult.Invalid(error);
        }

        var pupil = pseudonymiser.Pseudonymise(soort, nummer!);
        return new InzageResult(pupil, await query.ForPupilAsync(pupil, cancellationToken), null);
    }

    /// <summary>A sentence for an error code, naming no value that was asked with.</summary>
    public static string Describe(string error) => error switch
    {
        PseudonymFormat => "A pupil pseudonym is 26 characters a-z and 2-7.",
        RejectionCodes.NummerFormat => "A persoonsgebonden nummer is 9 digits.",
        RejectionCodes.BsnElfproef => "The BSN does not pass the elfproef.",
        RejectionCodes.OnderwijsnummerCheck => "The onderwijsnummer does not pass its check.",
        _ => "The pupil could not be identified.",
    };

    private static bool IsPseudonym(string? value) =>
        value is { Length: 26 } && value.All(c => c is >= 'a' and <= 'z' or >= '2' and <= '7');
}

using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Validation;

/// <summary>
/// Checks of the persoonsgebonden nummer. Both kinds are 9 digits. A BSN passes the elfproef
/// (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, and not all zeros); an onderwijsnummer starts with
/// "10" and the same weighted sum leaves remainder 5 when divided by 11.
/// </summary>
public static class PersoonsgebondenNummer
{
    /// <summary>The rejection code for a nummer of this kind, or null when it is valid.</summary>
    public static string? Check(NummerSoort soort, string? nummer)
    {
        if (nummer is null || nummer.Length != 9 || !nummer.All(char.IsAsciiDigit))
        {
            return RejectionCodes.NummerFormat;
        }

        var sum = WeightedSum(nummer);
        return soort switch
        {
            NummerSoort.Bsn => sum % 11 == 0 && nummer != "000000000" ? null : RejectionCodes.BsnElfproef,
            NummerSoort.Onderwijsnummer => nummer.StartsWith("10", StringComparison.Ordinal) && Mod(sum, 11) == 5
                ? null
                : RejectionCodes.OnderwijsnummerCheck,
            _ => RejectionCodes.EnumUnknown,
        };
    }

    private static int WeightedSum(string nummer)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nummer[i] - '0');
        }

        return sum - (nummer[8] - '0');
    }

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}

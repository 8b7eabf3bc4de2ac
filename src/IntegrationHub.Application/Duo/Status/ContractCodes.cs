using IntegrationHub.Application.Intake.Mapping;

namespace IntegrationHub.Application.Duo.Status;

/// <summary>Reads a contract enum back from its code ("terug-naar-school"), as the port carries reden and toelichting.</summary>
internal static class ContractCodes
{
    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(WireCode.Of(candidate), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}

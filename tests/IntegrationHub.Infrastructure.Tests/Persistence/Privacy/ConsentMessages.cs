using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

/// <summary>ConsentGiven and ConsentWithdrawn bodies as an LVS sends them, for the sample pupil unless told otherwise.</summary>
public static class ConsentMessages
{
    public static JsonObject Given(
        Guid messageId, string consentId, string validFrom, string validUntil, string brin = "12AB", string vestiging = "01",
        string scope = "mazl-referral", string givenBy = "parents", string bsn = Samples.Bsn)
    {
        var body = Common(messageId, brin, vestiging, bsn);
        body["consentId"] = consentId;
        body["scope"] = scope;
        body["givenBy"] = givenBy;
        body["validFrom"] = validFrom;
        body["validUntil"] = validUntil;
        return body;
    }

    public static JsonObject Withdrawn(Guid messageId, string consentId, string withdrawnOn, string brin = "12AB", string vestiging = "01", string bsn = Samples.Bsn)
    {
        var body = Common(messageId, brin, vestiging, bsn);
        body["consentId"] = consentId;
        body["withdrawnOn"] = withdrawnOn;
        return body;
    }

    /// <summary>A fresh random 9-digit BSN starting with 9 that passes the elfproef (a test value): a pupil of the test's own.</summary>
    public static string NewBsn()
    {
        while (true)
        {
            var digits = "9" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            if (sum % 11 < 10)
            {
                return digits + (sum % 11).ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    public static DateOnly D(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonObject Common(Guid messageId, string brin, string vestiging, string bsn)
    {
        var registered = Samples.AttendanceRegistered(messageId, brin, bsn, vestiging: vestiging);
        return new JsonObject { ["envelope"] = registered["envelope"]!.DeepClone(), ["pupil"] = registered["pupil"]!.DeepClone() };
    }
}

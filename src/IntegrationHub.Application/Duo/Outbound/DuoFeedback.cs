using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>The school's feedback about its melding at DUO. Pure.</summary>
public static class DuoFeedback
{
    public const string RefusedByHub = "hub";
    public const string RefusedByDuo = "duo";

    /// <summary>"hub" for the hub's own refusals (codes starting "hub.", e.g. the XSD check in the adapter), "duo" otherwise.</summary>
    public static string RefusedBy(IEnumerable<string> codes) =>
        codes.All(c => c.StartsWith("hub.", StringComparison.Ordinal)) ? RefusedByHub : RefusedByDuo;

    public static string Codes(IEnumerable<RejectionReason> reasons) => string.Join(",", reasons.Select(r => r.Code).Distinct());

    public static VerzuimmeldingNotRegistered NotRegistered(
        string brin, string vestiging, Guid meldingId, string? lvsPupilKey, string operation, string refusedBy, IReadOnlyList<RejectionReason> reasons,
        DateTimeOffset now) => new()
    {
        School = new SchoolRef { Brin = brin, Vestiging = vestiging },
        MeldingId = meldingId,
        LvsPupilKey = lvsPupilKey ?? "",
        Operation = operation,
        RefusedBy = refusedBy,
        Reasons = reasons,
        RefusedAt = now,
    };

    /// <summary>DUO's business errors as rejection reasons (DUO's message is DUO's text about the request, not the school's data).</summary>
    public static IReadOnlyList<RejectionReason> Reasons(IEnumerable<DuoBusinessError> errors) =>
        [.. errors.Select(e => new RejectionReason { Code = e.Code, Message = e.Message })];

    /// <summary>
    /// The registration, with whether it met the legal deadline: registered on or before the deadline, as a day in the
    /// school's time zone (null when the soort has none).
    /// </summary>
    public static VerzuimmeldingRegistered Registered(
        string brin, string vestiging, Guid meldingId, string meldingsnummer, string? lvsPupilKey, string soort, DateOnly begindatum, DateOnly? deadline,
        Guid? followsMeldingId, string? followsMeldingsnummer, DateTimeOffset registeredAt, TimeZoneInfo schoolZone) => new()
    {
        School = new SchoolRef { Brin = brin, Vestiging = vestiging },
        MeldingId = meldingId,
        Meldingsnummer = meldingsnummer,
        LvsPupilKey = lvsPupilKey ?? "",
        Soort = soort,
        Begindatum = begindatum,
        Deadline = deadline,
        DeadlineMet = deadline is { } due ? SchoolDay(registeredAt, schoolZone) <= due : null,
        FollowsMeldingId = followsMeldingId,
        FollowsMeldingsnummer = followsMeldingsnummer,
        RegisteredAt = registeredAt,
    };

    public static DateOnly SchoolDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}

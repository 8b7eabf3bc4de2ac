using IntegrationHub.Application.Duo.Status;

namespace IntegrationHub.Application.Console.Bureau;

/// <summary>
/// The inbox's markers, pure: new (nothing set yet), open (new or in behandeling), the day a status is due (the
/// terugkoppelgarantie: DUO's registration plus the term) and overdue (the same rule as <see cref="OverdueMeldingen"/>:
/// past the term and still on R, and the organisation has set nothing that is on its way).
/// </summary>
public static class BureauMarkers
{
    private static readonly string[] Final = ["G", "K", "I", "D", "geweigerd"];

    public static bool IsNew(BureauInboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return IsOpen(item) && item.LastStatus is null && item.DuoStatus is null or "wachtend" or "R";
    }

    public static bool IsOpen(BureauInboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.MeldingState != "ingetrokken"
            && item.LastStatus is null or "in-behandeling"
            && (item.DuoStatus is null || !Final.Contains(item.DuoStatus));
    }

    public static DateOnly? DueOn(BureauInboxItem item, int termDays)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.RegisteredAt is { } registered ? DateOnly.FromDateTime((registered + TimeSpan.FromDays(termDays)).UtcDateTime) : null;
    }

    public static bool IsOverdue(BureauInboxItem item, DateTimeOffset now, int termDays)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.DuoStatus == "R" && item.LastStatus is null && item.RegisteredAt is { } registered && registered <= OverdueMeldingen.Cutoff(now, termDays);
    }
}

using System.Globalization;
using IntegrationHub.Contracts.V1;

namespace PartnerConsumer;

/// <summary>
/// One printed line per message. The persoonsgebonden nummer (BSN) is masked: a console, a log or a terminal scroll-back is
/// no place for it. The hub's pupil pseudonym on a MAZL referral means nothing outside the hub and may be shown.
/// </summary>
internal static class MessageLines
{
    public static string Of(VerzuimmeldingNotification m, string trace) => Invariant(
        $"VerzuimmeldingNotification melding={m.MeldingId} school={m.School.Brin}-{m.School.Vestiging} woongemeente={m.Woongemeente} soort={m.SoortVerzuim} begindatum={m.Begindatum:yyyy-MM-dd} einddatum={Date(m.Einddatum)} uren={m.VerzuimUren} dagen={m.VerzuimDagen} nummer={Code(m.NummerSoort)}:{Mask(m.PersoonsgebondenNummer)} meldingsnummer={m.Meldingsnummer ?? "-"} trace={trace}");

    public static string Of(VerzuimmeldingNotificationUpdated m, string trace) => Invariant(
        $"VerzuimmeldingNotificationUpdated melding={m.MeldingId} change={m.Change} einddatum={Date(m.Einddatum)} meldingsnummer={m.Meldingsnummer ?? "-"} status={m.Status ?? "-"} reason={m.Reason ?? "-"} trace={trace}");

    public static string Of(MazlReferral m, string trace) => Invariant(
        $"MazlReferral referral={m.ReferralId} pupil={m.PupilPseudonym} school={m.School.Brin}-{m.School.Vestiging} criterion={m.Criterion} criterionMetOn={m.CriterionMetOn:yyyy-MM-dd} sickDays={m.SickDays} basis={m.Basis} trace={trace}");

    /// <summary>Every digit replaced: the number's kind and length show, the number does not.</summary>
    public static string Mask(string nummer) => new('*', nummer.Length);

    private static string Code(NummerSoort soort) => soort == NummerSoort.Bsn ? "bsn" : "onderwijsnummer";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}

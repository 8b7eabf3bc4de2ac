using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Adds one registration to its day's totals: present, unexcused late (ongeoorloofd unless switched off), sick
/// (reason Ziekte or a covering sick report), ongeoorloofd (unauthorised without a geoorloofd reason or covering
/// period; reason LuxeVerzuim always, unless leave covers it) or otherwise authorised.
/// </summary>
internal static class RegistrationClassifier
{
    public static void Classify(DayTotals totals, RegistrationFact r, bool excusedByPeriod, bool sickCovered, bool countLate)
    {
        var geoorloofdReason = r.Reason is AbsenceReason.Ziekte or AbsenceReason.Verlof or AbsenceReason.Schorsing
            or AbsenceReason.Vrijstelling or AbsenceReason.Overmacht;
        var countable = HourCounting.CountableMinutes(r.Unit, r.Minutes, r.Status);
        switch (r.Status)
        {
            case AbsenceStatus.Present:
                totals.HasPresence = true;
                break;
            case AbsenceStatus.Late when !geoorloofdReason && !excusedByPeriod && !sickCovered:
                totals.LateCount++;
                totals.LateMinutes += r.Minutes;
                totals.LateRecordIds.Add(r.RegistrationId);
                if (countLate)
                {
                    AddOngeoorloofd(totals, r, countable);
                }

                break;
            case AbsenceStatus.Late:
                totals.HasPresence = true;
                break;
            case AbsenceStatus.AbsentAuthorised or AbsenceStatus.AbsentUnauthorised when r.Reason == AbsenceReason.Ziekte || sickCovered:
                totals.SickMinutes += r.Minutes;
                totals.SickCountable += countable;
                totals.IsSickDay = true;
                totals.SickRecordIds.Add(r.RegistrationId);
                if (r.Reason == AbsenceReason.Ziekte)
                {
                    totals.ZiekteRecordIds.Add(r.RegistrationId);
                }

                break;
            case AbsenceStatus.AbsentUnauthorised when !excusedByPeriod && !geoorloofdReason:
            case AbsenceStatus.AbsentAuthorised when r.Reason == AbsenceReason.LuxeVerzuim && !excusedByPeriod:
                AddOngeoorloofd(totals, r, countable);
                totals.IsLuxeDay |= r.Reason == AbsenceReason.LuxeVerzuim;
                break;
            default:
                totals.HasAuthorisedAbsence = true;
                break;
        }
    }

    private static void AddOngeoorloofd(DayTotals totals, RegistrationFact r, int countable)
    {
        totals.OngeoorloofdMinutes += r.Minutes;
        totals.OngeoorloofdCountable += countable;
        totals.OngeoorloofdRecordIds.Add(r.RegistrationId);
        if (r.Reason == AbsenceReason.LuxeVerzuim)
        {
            totals.LuxeMinutes += r.Minutes;
            totals.LuxeCountable += countable;
            totals.LuxeRecordIds.Add(r.RegistrationId);
        }
    }
}

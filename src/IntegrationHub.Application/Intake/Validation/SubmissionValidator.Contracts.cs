using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Validation;

/// <summary>The rules of particular contracts: attendance, profile changes, calendars, decisions about meldingen.</summary>
public sealed partial class SubmissionValidator
{
    /// <summary>DUO's limit for a reden.</summary>
    private const int ReasonLength = 200;

    private void Attendance(RuleSet rules, string registrationId, DateOnly date, TimeOnly start, int minutes, string? lvsReasonCode, DateTimeOffset now)
    {
        rules.Text(registrationId, "registrationId", IdLength);
        if (minutes is < 1 or > 600)
        {
            rules.Fail(RejectionCodes.MinutesOutOfRange, "minutes", "Minutes must lie between 1 and 600.");
        }

        var local = date.ToDateTime(start, DateTimeKind.Unspecified);
        var startsAt = new DateTimeOffset(local, _schoolTimeZone.GetUtcOffset(local));
        if (startsAt > now + _clockSkew)
        {
            rules.Fail(RejectionCodes.AttendanceInFuture, "date", "Attendance cannot be registered for a lesson or dagdeel that has not started.");
        }

        if (lvsReasonCode is not null && !LvsReasonCodePattern().IsMatch(lvsReasonCode))
        {
            rules.Fail(RejectionCodes.LvsReasonCode, "lvsReasonCode", "The LVS reason code is a short code (1..32 letters, digits or . _ : / -), never free text.");
        }
    }

    private void ProfileChanged(RuleSet rules, PupilProfileChanged m, DateTimeOffset now)
    {
        rules.FirstSchoolDay(m.FirstSchoolDay, m.BirthDate, SchoolToday(now), "firstSchoolDay");
        if (m.BirthDate is { } birthDate)
        {
            rules.BirthDate(birthDate, m.EffectiveFrom, "birthDate");
        }

        if (m.WoongemeenteCode is not null)
        {
            rules.Gemeente(m.WoongemeenteCode, "woongemeenteCode");
        }

        if (m.SchoolType is { } schoolType)
        {
            rules.Known(schoolType, "schoolType");
        }
    }

    private static void Calendar(RuleSet rules, SchoolCalendarPublished m)
    {
        var year = SchoolYearPattern().Match(m.SchoolYear ?? string.Empty);
        if (!year.Success || int.Parse(year.Groups[2].Value, CultureInfo.InvariantCulture)
            != int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
        {
            rules.Fail(RejectionCodes.SchoolYearFormat, "schoolYear", "A school year is written as two consecutive years, e.g. 2026-2027.");
        }

        rules.Known(m.Region, "region");
        for (var i = 0; i < (m.Holidays?.Count ?? 0); i++)
        {
            var holiday = m.Holidays![i];
            rules.Text(holiday.Name, $"holidays[{i}].name", IdLength);
            rules.Ordered(holiday.From, holiday.To, $"holidays[{i}].from", $"holidays[{i}].to");
        }
    }

    /// <summary>
    /// A school's answer about a melding. The limits are DUO's for the fields they end up in: reden 200, melder naam 100,
    /// functie 60, e-mail 100, toelichting 100.
    /// </summary>
    private static void Decision(RuleSet rules, DecideVerzuimmelding m)
    {
        if (m.MeldingId == Guid.Empty)
        {
            rules.Fail(RejectionCodes.MeldingIdEmpty, "meldingId", "The melding id may not be the empty GUID.");
        }

        rules.Known(m.Decision, "decision");
        if (m.Decision == MeldingDecision.Intrekken && string.IsNullOrWhiteSpace(m.Reason))
        {
            rules.Fail(RejectionCodes.MeldingReasonRequired, "reason", "A withdrawal (intrekken) needs a reason.");
        }
        else if (m.Reason is not null)
        {
            rules.Text(m.Reason, "reason", ReasonLength);
        }

        if (m.Melder is { } melder)
        {
            rules.Text(melder.Naam, "melder.naam", 100);
            rules.Text(melder.Functie, "melder.functie", 60);
            rules.Text(melder.Telefoon, "melder.telefoon", IdLength);
            rules.Text(melder.Email, "melder.email", 100);
        }

        if (m.DoorSchoolOndernomenActie is not null)
        {
            rules.Text(m.DoorSchoolOndernomenActie, "doorSchoolOndernomenActie", ReasonLength);
        }

        if (m.ActieGemeenteToelichting is not null)
        {
            rules.Text(m.ActieGemeenteToelichting, "actieGemeenteToelichting", 100);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,31}$")]
    private static partial Regex LvsReasonCodePattern();

    [GeneratedRegex("^([0-9]{4})-([0-9]{4})$")]
    private static partial Regex SchoolYearPattern();
}

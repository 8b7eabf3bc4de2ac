using System.Text.RegularExpressions;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake.Validation;

/// <summary>Collects the reasons of the rules that fail; each rule adds its own code, field and sentence.</summary>
internal sealed partial class RuleSet
{
    private readonly List<RejectionReason> _reasons = [];

    public IReadOnlyList<RejectionReason> Reasons => _reasons;

    public void Fail(string code, string field, string message) =>
        _reasons.Add(new RejectionReason { Code = code, Field = field, Message = message });

    public bool Required(object? value, string field)
    {
        if (value is null)
        {
            Fail(RejectionCodes.FieldRequired, field, $"'{field}' is required.");
            return false;
        }

        return true;
    }

    public void Text(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(RejectionCodes.FieldRequired, field, $"'{field}' may not be empty.");
        }
        else if (value.Length > maxLength)
        {
            Fail(RejectionCodes.FieldTooLong, field, $"'{field}' is longer than {maxLength} characters.");
        }
    }

    public void Known<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Fail(RejectionCodes.EnumUnknown, field, $"'{field}' is not a known {typeof(TEnum).Name} code.");
        }
    }

    public void School(SchoolRef? school, string field)
    {
        if (!Required(school, field))
        {
            return;
        }

        if (!IsBrin(school!.Brin))
        {
            Fail(RejectionCodes.BrinFormat, $"{field}.brin", "A BRIN is 4 characters: 2 digits and 2 upper-case letters or digits, e.g. 12AB.");
        }

        if (school.Vestiging is null || !VestigingPattern().IsMatch(school.Vestiging))
        {
            Fail(RejectionCodes.VestigingFormat, $"{field}.vestiging", "A vestiging is 2 digits, e.g. 00.");
        }
    }

    public static bool IsBrin(string? brin) => brin is not null && BrinPattern().IsMatch(brin);

    public void Ordered(DateOnly from, DateOnly? to, string fromField, string toField)
    {
        if (to is { } end && end < from)
        {
            Fail(RejectionCodes.DateRangeInverted, toField, $"'{toField}' lies before '{fromField}'.");
        }
    }

    public void Gemeente(string? code, string field)
    {
        if (code is null || !GemeentePattern().IsMatch(code))
        {
            Fail(RejectionCodes.GemeenteCode, field, "A gemeente code is GM followed by 4 digits (CBS), e.g. GM0344.");
        }
    }

    public void BirthDate(DateOnly birthDate, DateOnly onDate, string field)
    {
        var age = onDate.Year - birthDate.Year - (onDate < birthDate.AddYears(onDate.Year - birthDate.Year) ? 1 : 0);
        if (age is < 2 or > 30)
        {
            Fail(RejectionCodes.BirthDateImplausible, field, "The birth date gives an age outside 2..30 years on the date concerned.");
        }
    }

    /// <summary>The first school day (Leerplichtwet art. 3(1)(a), 12 full school years) lies in the past, from age 3 on.</summary>
    public void FirstSchoolDay(DateOnly? firstSchoolDay, DateOnly? birthDate, DateOnly today, string field)
    {
        if (firstSchoolDay is not { } first)
        {
            return;
        }

        if (first > today || (birthDate is { } birth && first < birth.AddYears(3)))
        {
            Fail(RejectionCodes.FirstSchoolDayImplausible, field, "The first school day must lie in the past and after the pupil's third birthday.");
        }
    }

    [GeneratedRegex("^[0-9]{2}[A-Z0-9]{2}$")]
    private static partial Regex BrinPattern();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex VestigingPattern();

    [GeneratedRegex("^GM[0-9]{4}$")]
    private static partial Regex GemeentePattern();
}

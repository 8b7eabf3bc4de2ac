using System.Diagnostics;
using System.Reflection;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Pseudonymisation;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Testing.Privacy;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace IntegrationHub.Application.Tests.Privacy;

/// <summary>
/// Issue 9, "Must show": 100,000 random pupils with health words in every field their school can fill, through the
/// real contract mapping, melding evaluation (time moving on), routing consumer and projections, serialized as the
/// outbox writes them. No message to leerplicht or RMC may hold a health word or have a field for health data; the
/// toelichting a person at the school confirmed arrives as given. (DUO has no hub message yet: the DUO route is a
/// later issue, so there is nothing of DUO's to scan.)
/// </summary>
public sealed class PartnerPrivacyPropertyTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_201;
    private const int Pupils = 100_000;

    private static readonly IReadOnlyList<ScenarioSchool> Schools =
    [
        new("10AA", SchoolType.Po), new("11AB", SchoolType.Po), new("12AC", SchoolType.So), new("20BA", SchoolType.Vo), new("21BB", SchoolType.Vo),
        new("22BC", SchoolType.Vso), new("30CA", SchoolType.Mbo), new("31CB", SchoolType.Mbo),
    ];

    /// <summary>These schools approve each melding themselves (and may confirm a toelichting first); the others gave the hub a mandate.</summary>
    private static readonly HashSet<string> ApprovingSchools = ["11AB", "21BB", "31CB"];

    /// <summary>The school's melder settings: configuration, not pupil data, so clean.</summary>
    private static readonly Melder SchoolMelder = new()
    {
        Naam = "J. de Verzuimcoördinator", Functie = "verzuimcoördinator", Telefoon = "0501234567", Email = "verzuim@school.example",
        DoorSchoolOndernomenActie = "Gesprek met leerling en ouders gevoerd.", ActieGemeenteGewenst = true,
    };

    /// <summary>Names a field for health data, a reason, or a free comment (lower case, matched within the property name).</summary>
    private static readonly string[] HealthFieldNames =
        ["diagnos", "ziek", "sick", "health", "gezondheid", "medisch", "medical", "medicat", "zorg", "care", "reden", "comment", "opmerking", "note", "lvsreason"];

    /// <summary>
    /// Every string a leerplicht or RMC message may carry, and why. A new string field fails this test until someone
    /// decides whether it may carry school text.
    /// </summary>
    private static readonly Dictionary<string, string> AllowedStrings = new(StringComparer.Ordinal)
    {
        ["VerzuimmeldingNotification.PersoonsgebondenNummer"] = "legal-obligation route",
        ["VerzuimmeldingNotification.Woongemeente"] = "CBS code",
        ["VerzuimmeldingNotification.SoortVerzuim"] = "code",
        ["VerzuimmeldingNotification.DoorSchoolOndernomenActie"] = "school's melder settings or a person's per-melding override",
        ["VerzuimmeldingNotification.ActieGemeenteToelichting"] = "school's melder settings or a person's per-melding override",
        ["VerzuimmeldingNotification.ToelichtingDoorSchool"] = "the confirmed toelichting (the law's exception)",
        ["VerzuimmeldingNotification.Meldingsnummer"] = "DUO's number",
        ["VerzuimmeldingNotificationUpdated.Change"] = "code",
        ["VerzuimmeldingNotificationUpdated.Meldingsnummer"] = "DUO's number",
        ["VerzuimmeldingNotificationUpdated.Status"] = "register code",
        ["VerzuimmeldingNotificationUpdated.Reason"] = "coded withdrawal reason (never the school's text)",
        ["PartnerRef.OrganisationId"] = "directory id",
        ["PartnerRef.Kind"] = "code",
        ["SchoolRef.Brin"] = "code",
        ["SchoolRef.Vestiging"] = "code",
        ["MelderRef.Naam"] = "school's melder",
        ["MelderRef.Functie"] = "school's melder",
        ["MelderRef.Telefoon"] = "school's melder",
        ["MelderRef.Email"] = "school's melder",
    };

    [Fact]
    public void Should_carry_no_health_text_to_leerplicht_or_rmc_when_100000_random_pupils_have_health_words_in_every_school_field()
    {
        var stopwatch = Stopwatch.StartNew();
        var mapper = new ContractMapper(new PupilPseudonymiser(Options.Create(new PseudonymisationOptions { Key = "privacy-property-test-key-0123456789abcdef" })));
        var totals = new PrivacyRunTotals();
        var failed = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Parallel.For(0, Pupils, index =>
        {
            var scenario = PrivacyFeed.Generate(Seed, index, Schools, InMemoryDirectory.Woongemeenten);
            try
            {
                new PrivacyPupilRun(scenario, mapper, PolicyOf, totals).Run();
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or KeyNotFoundException)
            {
                failed.Enqueue($"pupil {index}: {e.GetType().Name}: {e.Message}");
            }
        });
        output.WriteLine($"seed {Seed}: {totals} in {stopwatch.Elapsed.TotalSeconds:F1} s");

        Assert.True(failed.IsEmpty, $"seed {Seed}: {failed.Count} pupils failed to run, e.g. {string.Join(" | ", failed.Take(3))}");
        Assert.True(totals.Violations.IsEmpty, $"seed {Seed}: {totals.Violations.Count} violations, e.g. {string.Join(" | ", totals.Violations.Take(5))}");
        Assert.Equal(Pupils, totals.Pupils);
        Assert.True(totals.Notifications > 1_000, $"Only {totals.Notifications} notifications: the test would pass vacuously. {totals}");
        Assert.True(totals.Updates > 100, $"Only {totals.Updates} updates (einddatum, withdrawals). {totals}");
        Assert.True(totals.ToelichtingDelivered > 100, $"Only {totals.ToelichtingDelivered} confirmed toelichtingen reached a partner. {totals}");
        Assert.True(totals.Parked > 0, $"No melding was parked: the unknown gemeente was never used. {totals}");
        Assert.Equal(totals.Notifications + totals.Updates, totals.Disclosures);
    }

    [Fact]
    public void Should_have_no_field_for_health_data_when_the_leerplicht_and_rmc_message_types_are_inspected()
    {
        var problems = new List<string>();
        foreach (var type in new[] { typeof(VerzuimmeldingNotification), typeof(VerzuimmeldingNotificationUpdated) })
        {
            Inspect(type, problems, []);
        }

        Assert.Empty(problems);
    }

    private static void Inspect(Type type, List<string> problems, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = $"{type.Name}.{property.Name}";
            var lower = property.Name.ToLowerInvariant();
            if (HealthFieldNames.FirstOrDefault(lower.Contains) is { } word && !AllowedStrings.ContainsKey(name))
            {
                problems.Add($"{name} names \"{word}\"");
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(string) && !AllowedStrings.ContainsKey(name))
            {
                problems.Add($"{name} is a string nobody decided on");
            }
            else if (propertyType.IsGenericType || propertyType.IsArray)
            {
                problems.Add($"{name} is a collection ({propertyType.Name}): what may it hold?");
            }
            else if (propertyType.Namespace == typeof(VerzuimmeldingNotification).Namespace && !propertyType.IsEnum)
            {
                Inspect(propertyType, problems, seen);
            }
        }
    }

    private static SchoolMeldingPolicy PolicyOf(string brin) => new(ApprovingSchools.Contains(brin), SchoolMelder);
}

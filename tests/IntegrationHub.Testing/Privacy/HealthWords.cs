namespace IntegrationHub.Testing.Privacy;

/// <summary>
/// Health words a school's free text may hold (diagnoses, treatments, care): the privacy tests put them in every field
/// a school can fill and look for them in everything that reaches leerplicht, RMC or DUO. ASCII only, so they also fit
/// the code and id fields.
/// </summary>
public static class HealthWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "migraine", "depressie", "medicatie", "ziekenhuis", "diagnose", "ADHD", "angststoornis", "burn-out", "autisme",
        "epilepsie", "psycholoog", "psychiater", "eetstoornis", "anorexia", "chemotherapie", "operatie", "huisarts",
        "GGZ", "dyslexie", "diabetes", "astma", "zwangerschap", "Ritalin", "therapie", "ziekte",
    ];

    /// <summary>The first health word in <paramref name="text"/> (case-insensitive), or null.</summary>
    public static string? FindIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return All.FirstOrDefault(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}

namespace IntegrationHub.Domain.Settings;

/// <summary>
/// Langdurig relatief verzuim: continuous ongeoorloofd absence for more than <paramref name="Weeks"/> school weeks.
/// A school day counts as absent when the pupil missed the lessons scheduled that day, however few (domain.md
/// section 4: a 3-lesson Wednesday counts as much as a 7-lesson Monday): ongeoorloofd absence with nothing
/// attended, nothing authorised and no lateness that day.
/// </summary>
public sealed record LangdurigVerzuimSettings(bool Enabled = true, int Weeks = 4);

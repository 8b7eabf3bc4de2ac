namespace IntegrationHub.Architecture.Tests.Secrets;

/// <summary>One suspected secret: where, which rule, and the line with the value masked.</summary>
public sealed record SecretFinding(string Path, int Line, string Rule, string Excerpt)
{
    public override string ToString() => $"{Path}:{Line}: {Rule}: {Excerpt}";
}

using System.Text.RegularExpressions;

namespace IntegrationHub.Architecture.Tests.Secrets;

/// <summary>
/// A pattern for a secret in a line of text. When the pattern has a group "value", that value is the secret: a
/// placeholder or variable is never a finding, and a documented development default only outside the files allowed to
/// carry it.
/// </summary>
public sealed record SecretRule(string Name, Regex Pattern, bool HasValue);

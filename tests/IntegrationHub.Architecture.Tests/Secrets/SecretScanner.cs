using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IntegrationHub.Architecture.Tests.Secrets;

/// <summary>
/// Looks through a repository's files (those git tracks, and new ones it does not ignore) for what must never be committed:
/// private key blocks, key stores (.pfx, .p12, .key, .jks), passwords in connection strings, URIs, settings files and
/// environment assignments, and API-key-looking tokens (the hub's own ihk_ keys, AWS, GitHub, Slack, Google, Stripe, JWT).
/// The only passwords allowed are the documented development defaults (<see cref="DevelopmentDefaults"/>: the servers
/// infra/up.sh sets up on a developer's machine) in the files that document them: appsettings.Development.json, the infra
/// scripts, docker-compose.yml and the README.
/// </summary>
public static partial class SecretScanner
{
    /// <summary>The development passwords of infra/up.sh (users hub and hub-operator), documented in the README.</summary>
    public static readonly IReadOnlySet<string> DevelopmentDefaults = new HashSet<string>(StringComparer.Ordinal) { "hub", "hub-operator" };

    private const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly string[] KeyStoreExtensions = [".pfx", ".p12", ".key", ".jks", ".keystore"];

    private static readonly SecretRule[] Rules =
    [
        new("private key block", PrivateKeyBlock(), HasValue: false),
        new("password in a connection string", ConnectionStringPassword(), HasValue: true),
        new("password in a URI", UriPassword(), HasValue: true),
        new("password in settings", SettingsPassword(), HasValue: true),
        new("password in an environment assignment", EnvironmentPassword(), HasValue: true),
        new("hub API key", HubApiKey(), HasValue: false),
        new("AWS access key", AwsAccessKey(), HasValue: false),
        new("GitHub token", GitHubToken(), HasValue: false),
        new("Slack token", SlackToken(), HasValue: false),
        new("Google API key", GoogleApiKey(), HasValue: false),
        new("Stripe key", StripeKey(), HasValue: false),
        new("JSON web token", JsonWebToken(), HasValue: false),
    ];

    /// <summary>The files git tracks under <paramref name="root"/>, plus new files it does not ignore (relative paths, '/').</summary>
    public static IReadOnlyList<string> TrackedFiles(string root)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" })
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-files in {root} exited with {git.ExitCode}: {git.StandardError.ReadToEnd()}");
        }

        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<SecretFinding> Scan(string root) => Scan(root, TrackedFiles(root));

    public static IReadOnlyList<SecretFinding> Scan(string root, IEnumerable<string> relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        var findings = new List<SecretFinding>();
        foreach (var path in relativePaths)
        {
            var full = Path.Combine(root, path);
            if (!File.Exists(full))
            {
                continue; // deleted in the work tree
            }

            if (KeyStoreExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                findings.Add(new SecretFinding(path, 0, "key store file", Path.GetFileName(path)));
                continue;
            }

            if (new FileInfo(full).Length > MaxFileBytes || IsBinary(full))
            {
                continue;
            }

            findings.AddRange(ScanText(path, File.ReadAllLines(full)));
        }

        return findings;
    }

    private static IEnumerable<SecretFinding> ScanText(string path, string[] lines)
    {
        var mayCarryDefaults = MayCarryDevelopmentDefaults(path);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var rule in Rules)
            {
                foreach (Match match in rule.Pattern.Matches(lines[i]))
                {
                    var value = rule.HasValue ? match.Groups["value"].Value : match.Value;
                    if (rule.HasValue && (IsPlaceholder(value) || (mayCarryDefaults && DevelopmentDefaults.Contains(value))))
                    {
                        continue;
                    }

                    yield return new SecretFinding(path, i + 1, rule.Name, Mask(lines[i], value));
                }
            }
        }
    }

    /// <summary>Files that document the development defaults: development settings, the infra scripts, the compose file, the README.</summary>
    private static bool MayCarryDevelopmentDefaults(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("appsettings.Development.json", StringComparison.Ordinal)
            || (path.StartsWith("infra/", StringComparison.Ordinal) && name.EndsWith(".sh", StringComparison.Ordinal) && !path.Contains("/examples/", StringComparison.Ordinal))
            || path is "docker-compose.yml" or "README.md";
    }

    /// <summary>A variable, an expression or an obvious placeholder stands where the password would: not a secret.</summary>
    private static bool IsPlaceholder(string value)
    {
        var trimmed = value.TrimEnd(',', ';', '.', ')');
        return trimmed.Length == 0 || Placeholder().IsMatch(trimmed);
    }

    private static string Mask(string line, string value)
    {
        var text = line.Trim();
        if (value.Length > 0)
        {
            text = text.Replace(value, value.Length <= 2 ? "**" : value[..2] + new string('*', Math.Min(value.Length - 2, 8)), StringComparison.Ordinal);
        }

        return text.Length > 160 ? text[..160] + "…" : text;
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[8000];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }

    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")]
    private static partial Regex PrivateKeyBlock();

    // The password key of a connection string (no blanks around '=', the value ended by ';', a quote, a blank or the line).
    [GeneratedRegex(@"(?i)(?<![\w.])(?:password|pwd)=(?<value>[^;""'`\s]*)(?=[;""'`\s]|$)")]
    private static partial Regex ConnectionStringPassword();

    // scheme://user:password@host
    [GeneratedRegex(@"(?i)\b(?:amqps?|https?|postgres(?:ql)?|mongodb(?:\+srv)?|redis|mysql|ftp)://[^:/\s@""'`]+:(?<value>[^@\s/""'`]+)@")]
    private static partial Regex UriPassword();

    // "Password": "...", "ClientSecret": "...", "ApiKey": "...", "Token": "..." in JSON settings.
    [GeneratedRegex(@"""(?:[A-Za-z]*(?:Password|Secret|ApiKey|Token))""\s*:\s*""(?<value>[^""]*)""")]
    private static partial Regex SettingsPassword();

    // An upper-case environment name holding a password, secret or token, assigned with '=', a shell default ':-' or a YAML ': '.
    [GeneratedRegex(@"\b[A-Z0-9_]*(?:PASSWORD|_PASS|PASSWD|PWD|SECRET|TOKEN)[A-Z0-9_]*(?:=|:-|:[ \t]+)(?<value>[^\s;""'`$}{][^\s;""'`}]*)")]
    private static partial Regex EnvironmentPassword();

    [GeneratedRegex(@"\bihk_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex HubApiKey();

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abprs]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}\b")]
    private static partial Regex GoogleApiKey();

    [GeneratedRegex(@"\b[sr]k_live_[0-9A-Za-z]{16,}\b")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")]
    private static partial Regex JsonWebToken();

    // An ellipsis, stars, xxx, <...>, the word password, a variable ($X, ${X}, %X%, {x}) or an expression (a.B, f(x)).
    [GeneratedRegex(@"^(?:\.{2,}|…|\*+|x+|X+|<[^>]*>|(?i:password)|\$.*|%[^%]+%|\{.*|.*[()].*|[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_.]*)$")]
    private static partial Regex Placeholder();
}

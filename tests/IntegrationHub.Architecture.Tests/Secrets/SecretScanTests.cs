namespace IntegrationHub.Architecture.Tests.Secrets;

/// <summary>
/// No secret is committed: the repository's files are scanned (<see cref="SecretScanner"/>), and the scanner itself is
/// shown to find each kind of secret when one is planted in a throwaway git repository.
/// </summary>
public sealed class SecretScanTests
{
    // Built from pieces, so that this file itself holds none of the patterns it plants.
    private static readonly string PrivateKey = "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END " + "RSA PRIVATE KEY-----\n";
    private static readonly string HubKey = "ihk" + "_" + new string('Q', 43);
    private static readonly string Pw = "Pass" + "word";
    private static readonly string Env = "HUB_PG_" + "PASSWORD";
    private static readonly string MqEnv = "HUB_MQ_" + "PASSWORD";

    [Fact]
    public void Should_find_no_secret_when_the_repositorys_files_are_scanned()
    {
        var findings = SecretScanner.Scan(HubAssemblies.RepositoryRoot);

        Assert.True(findings.Count == 0, "Secrets in the repository (move them to the environment or user settings):\n" + string.Join('\n', findings));
    }

    public static TheoryData<string, string, string> PlantedSecrets() => new()
    {
        { "src/App/appsettings.json", "{ \"ConnectionStrings\": { \"Hub\": \"Host=db;Username=hub;" + Pw + "=hub\" } }", "password in a connection string" },
        { "src/App/appsettings.Development.json", "{ \"ConnectionStrings\": { \"Hub\": \"Host=db;Username=hub;" + Pw + "=Winter2026!\" } }", "password in a connection string" },
        { "src/App/appsettings.json", "{ \"RabbitMq\": { \"" + Pw + "\": \"hub\" } }", "password in settings" },
        { "src/App/appsettings.Production.json", "{ \"Duo\": { \"ClientCertificatePassword\": \"s3cr3t-pfx\" } }", "password in settings" },
        { "src/App/Broker.cs", "var uri = new Uri(\"amqp" + "://lvs-12AB:Zq8vLm2pR4@broker.example:5672/integrationhub\");", "password in a URI" },
        { "infra/deploy.sh", "export " + Env + "=Winter2026", "password in an environment assignment" },
        { "infra/up.sh", "MQ_PASSWORD=${" + MqEnv + ":-changeme-in-prod}", "password in an environment assignment" },
        { "keys/server.txt", PrivateKey, "private key block" },
        { "tests/Fixture.cs", "const string Key = \"" + HubKey + "\";", "hub API key" },
        { "docs/ci.md", "token: gh" + "p_" + new string('a', 36), "GitHub token" },
        { "docs/aws.md", "aws_access_key_id = AK" + "IA" + new string('7', 16), "AWS access key" },
        { "certs/client.pfx", "not really a certificate", "key store file" },
        { "certs/server.key", "not really a key", "key store file" },
    };

    [Theory]
    [MemberData(nameof(PlantedSecrets))]
    public void Should_report_the_secret_when_one_is_planted_in_a_repository(string path, string content, string rule)
    {
        using var repository = new ThrowawayRepository();
        repository.Add("README.md", "A clean file.\n");
        repository.Add(path, content);

        var findings = SecretScanner.Scan(repository.Root);

        var finding = Assert.Single(findings);
        Assert.Equal((path, rule), (finding.Path, finding.Rule));
    }

    public static TheoryData<string, string> AllowedLines() => new()
    {
        { "src/App/appsettings.Development.json", "{ \"ConnectionStrings\": { \"Hub\": \"Host=localhost;Username=hub;" + Pw + "=hub\" }, \"RabbitMq\": { \"" + Pw + "\": \"hub\", \"Operator\": { \"" + Pw + "\": \"hub-operator\" } } }" },
        { "infra/up.sh", "MQ_OPERATOR_" + "PASS" + "WORD=${HUB_MQ_OPERATOR_" + "PASS" + "WORD:-hub-operator}\nexport ConnectionStrings__Hub=\"Host=localhost;Username=$PG_USER;" + Pw + "=$PG_PASSWORD\"" },
        { "src/App/Connector.cs", "Password = settings.Password,\nvar password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));\nvar uri = $\"amqp://{user}:{password}@{host}\";" },
        { "docs/partner.md", "HUB_AMQP_PASSWORD=... node consumer.mjs; amqp://user:<password>@host" },
        { "src/App/appsettings.json", "{ \"RabbitMq\": { \"Username\": \"hub\", \"" + Pw + "\": \"\" } }" },
    };

    [Theory]
    [MemberData(nameof(AllowedLines))]
    public void Should_report_nothing_when_only_variables_placeholders_or_documented_development_defaults_appear(string path, string content)
    {
        using var repository = new ThrowawayRepository();
        repository.Add(path, content);

        Assert.Empty(SecretScanner.Scan(repository.Root));
    }

    [Fact]
    public void Should_report_an_untracked_new_file_and_skip_an_ignored_one_when_the_repository_is_scanned()
    {
        using var repository = new ThrowawayRepository();
        repository.Add(".gitignore", "artifacts/\n");
        repository.Write("artifacts/run/secrets.json", "{ \"Password\": \"Winter2026\" }");
        repository.Write("src/New.cs", "// " + HubKey);

        var finding = Assert.Single(SecretScanner.Scan(repository.Root));

        Assert.Equal("src/New.cs", finding.Path);
    }
}

using System.Net;
using IntegrationHub.Console.Tests.Support;

namespace IntegrationHub.Console.Tests.Access;

/// <summary>
/// Who may open what: every role folder sends an anonymous visitor to the login page and answers a signed-in user of
/// another role 403 "Geen toegang"; a POST without its anti-forgery token is refused (400); logins, failed logins and
/// logouts are in the audit log; no password reaches the console's log.
/// </summary>
public sealed class AccessTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    private static readonly Dictionary<string, string> FolderRole = new()
    {
        ["/Beheer"] = "operator", ["/Bureau"] = "bureau", ["/Jgz"] = "jgz", ["/School"] = "school",
    };

    [Theory]
    [InlineData("/Beheer")]
    [InlineData("/Bureau")]
    [InlineData("/Jgz")]
    [InlineData("/School")]
    [InlineData("/")]
    public async Task Should_send_an_anonymous_visitor_to_the_login_page_when_a_page_needs_a_login(string path)
    {
        using var session = new ConsoleHttpSession(hub.BaseAddress);

        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_403_geen_toegang_when_a_user_opens_the_folder_of_another_role()
    {
        foreach (var account in new[] { hub.Operator, hub.Bureau, hub.Jgz, hub.School })
        {
            using var session = new ConsoleHttpSession(hub.BaseAddress);
            await session.LoginAsync(account);
            foreach (var (folder, role) in FolderRole)
            {
                using var response = await session.GetAsync(folder);
                var body = await response.Content.ReadAsStringAsync();
                if (role == account.Role)
                {
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{account.Name} on {folder}: {(int)response.StatusCode}");
                }
                else
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{account.Name} on {folder}: {(int)response.StatusCode}");
                    Assert.Contains("Geen toegang", body, StringComparison.Ordinal);
                }
            }

            using var start = await session.GetAsync("/");
            Assert.Equal(FolderRole.Single(f => f.Value == account.Role).Key, start.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Should_answer_the_dutch_404_page_when_a_signed_in_user_opens_an_unknown_address()
    {
        using var session = new ConsoleHttpSession(hub.BaseAddress);
        await session.LoginAsync(hub.Bureau);

        using var response = await session.GetAsync("/Bureau/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_post_when_it_lacks_the_antiforgery_token()
    {
        using var session = new ConsoleHttpSession(hub.BaseAddress);
        await session.LoginAsync(hub.Operator);

        using var logout = await session.PostFormAsync("/Account/Uitloggen", new Dictionary<string, string>());
        using var anonymous = new ConsoleHttpSession(hub.BaseAddress);
        using var login = await anonymous.PostFormAsync(
            "/Account/Inloggen", new Dictionary<string, string> { ["Naam"] = hub.Operator.Name, ["Wachtwoord"] = hub.Operator.Password });
        using var stillIn = await session.GetAsync("/Beheer");

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task Should_audit_logins_failed_logins_and_logouts_without_logging_a_password()
    {
        var account = await hub.CreateAccountAsync("audit-" + Guid.NewGuid().ToString("N")[..8], "operator");
        const string wrongPassword = "fout-wachtwoord-dat-niet-gelogd-mag-worden";
        const string mistypedName = "wachtwoord-in-het-naamveld";
        using var session = new ConsoleHttpSession(hub.BaseAddress);

        using var failed = await session.LoginAsync(account.Name, wrongPassword);
        using var unknown = await session.LoginAsync(mistypedName, wrongPassword);
        await session.LoginAsync(account);
        var token = await session.AntiforgeryTokenAsync("/Beheer");
        using var logout = await session.PostFormAsync("/Account/Uitloggen", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Contains("onjuist", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var audit = await AuditAsync();
        Assert.Contains($"{account.Name}|anoniem|inloggen-mislukt|account|{account.Name}", audit);
        Assert.Contains("onbekend|anoniem|inloggen-mislukt|account|onbekend", audit);
        Assert.Contains($"{account.Name}|operator|inloggen|account|{account.Name}", audit);
        Assert.Contains($"{account.Name}|operator|uitloggen|account|{account.Name}", audit);
        Assert.DoesNotContain(audit, line => line.Contains(mistypedName, StringComparison.Ordinal) || line.Contains(wrongPassword, StringComparison.Ordinal));
        foreach (var secret in new[] { wrongPassword, account.Password, mistypedName })
        {
            Assert.DoesNotContain(secret, hub.ConsoleOutput, StringComparison.Ordinal);
        }
    }

    private async Task<List<string>> AuditAsync()
    {
        await using var command = hub.DataSource.CreateCommand("SELECT actor || '|' || role || '|' || action || '|' || object_type || '|' || object_id FROM console_audit ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}

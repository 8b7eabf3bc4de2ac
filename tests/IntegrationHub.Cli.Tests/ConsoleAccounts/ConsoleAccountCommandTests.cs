using IntegrationHub.Cli.Tests.Privacy;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Console;
using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.Cli.Tests.ConsoleAccounts;

/// <summary><c>hub console account add|list|disable</c> as a process against a real migrated database with one organisation of each kind and one school.</summary>
public sealed class ConsoleAccountCommandTests : IAsyncLifetime
{
    private const string Brin = "99CA";
    private TestDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(_database.ConnectionString);
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await using var command = _dataSource.CreateCommand("""
            INSERT INTO partner_organisations (organisation_id, kind, name, provenance) VALUES
              ('lp-test', 'leerplicht', 'Leerplicht Test', 'test'), ('jgz-test', 'jgz', 'JGZ Test', 'test');
            INSERT INTO schools (brin, name, region) VALUES ('99CA', 'Testschool', 'midden');
            """);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Should_add_an_account_per_role_that_can_sign_in_when_the_organisation_and_school_exist()
    {
        var operatorAdd = await Hub(["console", "account", "add", "beheerder", "--role", "operator", "--password-stdin"], "operator-wachtwoord-1");
        var bureauAdd = await Hub(["console", "account", "add", "bureau-test", "--role", "bureau", "--organisation", "lp-test"]);
        var jgzAdd = await Hub(["console", "account", "add", "jgz-test", "--role", "jgz", "--organisation", "jgz-test", "--password-stdin"], "jgz-wachtwoord-12");
        var schoolAdd = await Hub(["console", "account", "add", "school-99ca", "--role", "school", "--brin", "99ca", "--password-stdin"], "school-wachtwoord-1");
        var list = await Hub(["console", "account", "list"]);

        Assert.True(operatorAdd.ExitCode == 0, operatorAdd.Error);
        Assert.True(bureauAdd.ExitCode == 0, bureauAdd.Error);
        Assert.True(jgzAdd.ExitCode == 0, jgzAdd.Error);
        Assert.True(schoolAdd.ExitCode == 0, schoolAdd.Error);
        Assert.DoesNotContain("password", operatorAdd.Output, StringComparison.Ordinal);
        var generated = bureauAdd.Output.Split("password: ")[1].Split(' ')[0];
        Assert.Equal(20, generated.Length);
        var accounts = new NpgsqlConsoleAccounts(_dataSource, TimeProvider.System);
        Assert.Equal("lp-test", (await accounts.VerifyAsync("bureau-test", generated, CancellationToken.None))?.OrganisationId);
        Assert.Equal("operator", (await accounts.VerifyAsync("beheerder", "operator-wachtwoord-1", CancellationToken.None))?.Role);
        Assert.Equal(Brin, (await accounts.VerifyAsync("school-99ca", "school-wachtwoord-1", CancellationToken.None))?.Brin);
        Assert.Null(await accounts.VerifyAsync("beheerder", "wrong-password-123", CancellationToken.None));
        Assert.Contains("bureau of lp-test", list.Output, StringComparison.Ordinal);
        Assert.Contains("jgz of jgz-test", list.Output, StringComparison.Ordinal);
        Assert.Contains("school of BRIN 99CA", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(generated, list.Output, StringComparison.Ordinal);
        Assert.Equal(4L, await Scalar("SELECT count(*) FROM console_audit WHERE action = 'account-toegevoegd' AND actor = 'hub-cli'"));
    }

    [Fact]
    public async Task Should_stop_the_account_from_signing_in_when_it_is_disabled()
    {
        await Hub(["console", "account", "add", "tijdelijk", "--role", "operator", "--password-stdin"], "tijdelijk-wachtwoord");

        var disable = await Hub(["console", "account", "disable", "tijdelijk"]);
        var missing = await Hub(["console", "account", "disable", "bestaat-niet"]);

        Assert.True(disable.ExitCode == 0, disable.Error);
        Assert.Null(await new NpgsqlConsoleAccounts(_dataSource, TimeProvider.System).VerifyAsync("tijdelijk", "tijdelijk-wachtwoord", CancellationToken.None));
        Assert.Contains("disabled", (await Hub(["console", "account", "list"])).Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
    }

    [Theory]
    [InlineData("bureau", "--organisation", "lp-onbekend", "not in the directory")]
    [InlineData("bureau", "--organisation", "jgz-test", "needs a leerplicht or rmc organisation")]
    [InlineData("jgz", "--organisation", "lp-test", "needs a jgz organisation")]
    [InlineData("school", "--brin", "00ZZ", "not one")]
    [InlineData("school", "--organisation", "lp-test", "needs --brin")]
    [InlineData("bureau", "--brin", Brin, "needs --organisation")]
    public async Task Should_refuse_the_account_when_its_organisation_or_school_does_not_fit_its_role(string role, string option, string value, string message)
    {
        var add = await Hub(["console", "account", "add", "geweigerd", "--role", role, option, value, "--password-stdin"], "een-lang-wachtwoord");

        Assert.Equal(1, add.ExitCode);
        Assert.Contains(message, add.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await Scalar("SELECT count(*) FROM console_accounts"));
    }

    [Fact]
    public async Task Should_refuse_a_short_password_and_a_taken_name()
    {
        var shortPassword = await Hub(["console", "account", "add", "kort", "--role", "operator", "--password-stdin"], "kort");
        await Hub(["console", "account", "add", "dubbel", "--role", "operator", "--password-stdin"], "een-lang-wachtwoord");
        var taken = await Hub(["console", "account", "add", "dubbel", "--role", "operator", "--password-stdin"], "een-lang-wachtwoord");

        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Contains("at least 12 characters", shortPassword.Error, StringComparison.Ordinal);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("exists already", taken.Error, StringComparison.Ordinal);
    }

    private Task<HubProcess.Run> Hub(IReadOnlyList<string> arguments, string? input = null) =>
        HubProcess.RunAsync(arguments, new Dictionary<string, string> { ["ConnectionStrings__Hub"] = _database.ConnectionString }, input);

    private async Task<long> Scalar(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

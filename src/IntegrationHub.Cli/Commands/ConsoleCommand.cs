using System.CommandLine;
using System.Security.Cryptography;
using IntegrationHub.Application.Console;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub console account add NAME --role operator|bureau|jgz|school [--organisation ID] [--brin BRIN] [--password-stdin]</c>:
/// a local account for the web console (a bureau or JGZ account bound to a directory organisation, a school account to a
/// connected school); without --password-stdin a password is generated and printed once.
/// <c>hub console account list</c>, <c>hub console account disable NAME</c>. Each change is in the console's audit log.
/// </summary>
internal static class ConsoleCommand
{
    private static readonly ConsoleActor Cli = new("hub-cli", "cli");

    public static Command Create() => new("console", "The web console") { new Command("account", "Local console accounts") { Add(), List(), Disable() } };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "Account name: lower-case letters, digits, '.', '-', '_', '@'" };
        var role = new Option<string>("--role") { Description = "operator, bureau, jgz or school", Required = true };
        role.AcceptOnlyFromAmong([.. ConsoleRoles.All]);
        var organisation = new Option<string?>("--organisation") { Description = "The partner organisation id (bureau: leerplicht or rmc; jgz: jgz)" };
        var brin = new Option<string?>("--brin") { Description = "The school's BRIN (school accounts)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (first line) instead of generating one" };
        var command = new Command("add", "Add a local console account; prints a generated password once") { name, role, organisation, brin, passwordStdin };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated ? GeneratePassword() : (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
            await using var services = HubServices.Build(s => s.AddConsoleAccounts());
            try
            {
                var account = await services.GetRequiredService<IConsoleAccounts>().AddAsync(
                    new NewConsoleAccount(
                        parseResult.GetValue(name)!.Trim(), parseResult.GetValue(role)!, parseResult.GetValue(organisation)?.Trim(),
                        parseResult.GetValue(brin)?.Trim().ToUpperInvariant(), password),
                    cancellationToken);
                await services.GetRequiredService<IConsoleAudit>().RecordAsync(Cli, "account-toegevoegd", "account", account.Name, account.Role, cancellationToken);
                Console.Out.WriteLine($"console account {account.Name} added ({Describe(account)})");
                if (generated)
                {
                    Console.Out.WriteLine($"  password: {password}  (shown once)");
                }

                return 0;
            }
            catch (ConsoleAccountException ex)
            {
                await Console.Error.WriteLineAsync($"hub console account add: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List the local console accounts");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddConsoleAccounts());
            foreach (var account in await services.GetRequiredService<IConsoleAccounts>().ListAsync(cancellationToken))
            {
                Console.Out.WriteLine($"{account.Name,-32}  {Describe(account),-40}  {(account.Disabled ? "disabled" : "enabled")}");
            }

            return 0;
        });
        return command;
    }

    private static Command Disable()
    {
        var name = new Argument<string>("name") { Description = "The account to disable" };
        var command = new Command("disable", "Disable a local console account (it can no longer sign in)") { name };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = HubServices.Build(s => s.AddConsoleAccounts());
            var account = parseResult.GetValue(name)!.Trim();
            if (!await services.GetRequiredService<IConsoleAccounts>().DisableAsync(account, cancellationToken))
            {
                await Console.Error.WriteLineAsync($"hub console account disable: no account '{account}'");
                return 1;
            }

            await services.GetRequiredService<IConsoleAudit>().RecordAsync(Cli, "account-uitgeschakeld", "account", account, null, cancellationToken);
            Console.Out.WriteLine($"console account {account} disabled");
            return 0;
        });
        return command;
    }

    private static string Describe(ConsoleAccount account) =>
        account.Role + (account.OrganisationId is not null ? " of " + account.OrganisationId : "") + (account.Brin is not null ? " of BRIN " + account.Brin : "");

    /// <summary>20 characters from a 56-character alphabet without look-alikes (about 116 bits).</summary>
    private static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}

using System.Text.RegularExpressions;
using Dapper;
using IntegrationHub.Application.Console;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console;

/// <summary>
/// Local console accounts in console_accounts. Passwords are hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2, salted; a hash in an older format is rehashed at the next sign-in). An account is checked against the
/// directory when it is added: a bureau needs a leerplicht or RMC organisation, JGZ a JGZ organisation, a school a
/// connected BRIN.
/// </summary>
public sealed partial class NpgsqlConsoleAccounts(NpgsqlDataSource dataSource, TimeProvider timeProvider) : IConsoleAccounts
{
    private const int MinimumPasswordLength = 12;
    private readonly PasswordHasher<string> _hasher = new();

    public async Task<ConsoleAccount> AddAsync(NewConsoleAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ValidateAsync(connection, account, cancellationToken);
        var row = new ConsoleAccountRow(
            account.Name, _hasher.HashPassword(account.Name, account.Password), account.Role,
            account.Role is ConsoleRoles.Bureau or ConsoleRoles.Jgz ? account.OrganisationId : null,
            account.Role == ConsoleRoles.School ? account.Brin : null,
            timeProvider.GetUtcNow().UtcDateTime, Disabled: false);
        var added = await connection.ExecuteAsync(new CommandDefinition(ConsoleSql.InsertAccount, row, cancellationToken: cancellationToken));
        return added == 1 ? row.ToAccount() : throw new ConsoleAccountException($"An account named '{account.Name}' exists already.");
    }

    public async Task<ConsoleAccount?> VerifyAsync(string name, string password, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConsoleAccountRow>(new CommandDefinition(ConsoleSql.FindAccount, new { Name = name }, cancellationToken: cancellationToken));
        if (row is null || row.Disabled)
        {
            return null;
        }

        var result = _hasher.VerifyHashedPassword(row.Name, row.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                ConsoleSql.UpdatePasswordHash, new { row.Name, PasswordHash = _hasher.HashPassword(row.Name, password) }, cancellationToken: cancellationToken));
        }

        return result == PasswordVerificationResult.Failed ? null : row.ToAccount();
    }

    public async Task<ConsoleAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ConsoleAccountRow>(new CommandDefinition(ConsoleSql.FindAccount, new { Name = name }, cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<ConsoleAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ConsoleAccountRow>(new CommandDefinition(ConsoleSql.ListAccounts, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAccount()).ToArray();
    }

    public async Task<bool> DisableAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(ConsoleSql.DisableAccount, new { Name = name }, cancellationToken: cancellationToken)) == 1;
    }

    private static async Task ValidateAsync(NpgsqlConnection connection, NewConsoleAccount account, CancellationToken cancellationToken)
    {
        if (!AccountName().IsMatch(account.Name))
        {
            throw new ConsoleAccountException("An account name is 2 to 64 characters: lower-case letters, digits, '.', '-', '_' or '@'.");
        }

        if (!ConsoleRoles.IsKnown(account.Role))
        {
            throw new ConsoleAccountException($"Unknown role '{account.Role}': use {string.Join(", ", ConsoleRoles.All)}.");
        }

        if (account.Password.Length < MinimumPasswordLength)
        {
            throw new ConsoleAccountException($"A password has at least {MinimumPasswordLength} characters.");
        }

        if (account.Role is ConsoleRoles.Bureau or ConsoleRoles.Jgz)
        {
            if (string.IsNullOrWhiteSpace(account.OrganisationId))
            {
                throw new ConsoleAccountException($"A {account.Role} account needs --organisation.");
            }

            var kind = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(ConsoleSql.OrganisationKind, new { Id = account.OrganisationId }, cancellationToken: cancellationToken));
            var fits = account.Role == ConsoleRoles.Jgz ? kind == "jgz" : kind is "leerplicht" or "rmc";
            if (!fits)
            {
                throw new ConsoleAccountException(kind is null
                    ? $"Organisation '{account.OrganisationId}' is not in the directory."
                    : $"Organisation '{account.OrganisationId}' is a {kind} organisation; a {account.Role} account needs {(account.Role == ConsoleRoles.Jgz ? "a jgz" : "a leerplicht or rmc")} organisation.");
            }
        }

        if (account.Role == ConsoleRoles.School)
        {
            if (string.IsNullOrWhiteSpace(account.Brin)
                || !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ConsoleSql.SchoolExists, new { account.Brin }, cancellationToken: cancellationToken)))
            {
                throw new ConsoleAccountException($"A school account needs --brin of a connected school; '{account.Brin}' is not one (hub school add).");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{1,63}$")]
    private static partial Regex AccountName();
}

namespace IntegrationHub.Application.Console;

/// <summary>
/// Local console accounts: add (validated: a bureau needs a leerplicht or RMC organisation in the directory, JGZ a JGZ
/// organisation, a school a connected BRIN), sign-in check, list, disable. Passwords are kept only hashed.
/// </summary>
public interface IConsoleAccounts
{
    /// <summary>Adds the account; throws <see cref="ConsoleAccountException"/> when it is invalid or the name is taken.</summary>
    Task<ConsoleAccount> AddAsync(NewConsoleAccount account, CancellationToken cancellationToken);

    /// <summary>The account when the name exists, is not disabled and the password matches; otherwise null.</summary>
    Task<ConsoleAccount?> VerifyAsync(string name, string password, CancellationToken cancellationToken);

    Task<ConsoleAccount?> FindAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConsoleAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Disables the account; false when there is no such account.</summary>
    Task<bool> DisableAsync(string name, CancellationToken cancellationToken);
}

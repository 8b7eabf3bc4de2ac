namespace IntegrationHub.Application.Console;

/// <summary>
/// Who did something in the web console: the account name and its role (operator, bureau, jgz, school). The console's
/// <c>ConsoleUser</c> (the signed-in user, with organisation and BRIN) is one.
/// </summary>
public record ConsoleActor(string Name, string Role);

namespace IntegrationHub.Infrastructure.Tests.Messaging.Failed;

/// <summary>A test message; <see cref="Poison"/> makes <see cref="PoisonCommandConsumer"/> fail it every time.</summary>
public sealed record PoisonCommand(Guid Id, bool Poison);

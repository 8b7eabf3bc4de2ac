namespace IntegrationHub.Cli.Bench;

/// <summary>One message of the benchmark feed: the school whose LVS user sends it, its contract name, id and JSON body.</summary>
public sealed record BenchMessage(string Brin, string MessageType, Guid MessageId, byte[] Body);

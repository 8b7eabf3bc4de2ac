namespace IntegrationHub.Application.Console.Beheer;

/// <summary>A connected school as the console lists it: its registry row and how many of its credentials are active.</summary>
public sealed record SchoolRow(string Brin, string Name, string Region, DateTime CreatedAt, int ActiveHttpKeys, bool AmqpActive);

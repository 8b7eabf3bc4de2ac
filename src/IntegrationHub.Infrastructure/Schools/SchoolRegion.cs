namespace IntegrationHub.Infrastructure.Schools;

/// <summary>The school's vakantieregio; stored as noord, midden, zuid.</summary>
public enum SchoolRegion
{
    Noord,
    Midden,
    Zuid,
}

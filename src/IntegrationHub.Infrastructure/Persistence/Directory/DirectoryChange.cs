namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>What setting a leerplicht route or JGZ assignment did.</summary>
public enum DirectoryChange
{
    /// <summary>The same values were already in force from that day: nothing changed.</summary>
    Unchanged,

    /// <summary>No row for the key was in force on that day: a new row was opened.</summary>
    Added,

    /// <summary>The row in force started that very day and was corrected in place.</summary>
    Corrected,

    /// <summary>The row in force was closed the day before and a new row opened.</summary>
    Superseded,
}

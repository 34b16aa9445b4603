namespace Authing.Emulator.Configuration;

/// <summary>Where the emulator keeps its data.</summary>
public enum StorageMode
{
    /// <summary>A SQLite database file in the data folder; data survives restarts.</summary>
    Sqlite,

    /// <summary>An in-memory SQLite database that lives as long as the emulator; for tests.</summary>
    InMemory,
}

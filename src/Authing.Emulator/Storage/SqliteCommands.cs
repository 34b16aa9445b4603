using Microsoft.Data.Sqlite;

namespace Authing.Emulator.Storage;

/// <summary>Small helpers that keep the stores' SQL readable; transactions are opened by <see cref="EmulatorDatabase"/>.</summary>
internal static class SqliteCommands
{
    /// <summary>Creates a command with positional parameters <c>$p0</c>, <c>$p1</c>, ...</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, params object?[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    public static int Run(this SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.Command(sql, values);
        return command.ExecuteNonQuery();
    }

    /// <summary>Reads the first column of every row as text.</summary>
    public static List<string> Strings(this SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.Command(sql, values);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>Reads the first column of the first row as text, or null.</summary>
    public static string? String(this SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.Command(sql, values);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Reads the first column of the first row as an integer.</summary>
    public static long Long(this SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.Command(sql, values);
        return command.ExecuteScalar() is long value ? value : 0;
    }
}

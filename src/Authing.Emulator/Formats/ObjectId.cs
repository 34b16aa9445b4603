using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Authing.Emulator.Formats;

/// <summary>MongoDB-style ids as Authing uses them: a 4-byte timestamp and 8 random bytes, as 24 hex characters.</summary>
public static class ObjectId
{
    /// <summary>A new id stamped with <paramref name="now"/>.</summary>
    public static string New(DateTimeOffset now)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)now.ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(bytes[4..]);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>True when <paramref name="value"/> is 24 hexadecimal characters.</summary>
    public static bool IsValid(string? value)
        => value is { Length: 24 } && value.All(char.IsAsciiHexDigit);
}

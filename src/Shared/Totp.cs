using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Authing.Internal;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA-1, 30-second steps counted from the Unix
/// epoch, six digits. Compiled into both the emulator and the library, so that both judge codes alike.
/// </summary>
internal static class Totp
{
    /// <summary>The number of digits of a code.</summary>
    public const int Digits = 6;

    /// <summary>The length of one time step, in seconds.</summary>
    public const int StepSeconds = 30;

    /// <summary>How many steps before or after the current one a code may come from (clock drift).</summary>
    public const int AllowedDrift = 1;

    /// <summary>The time step <paramref name="time"/> falls in.</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code of <paramref name="step"/> for <paramref name="key"/>, zero-padded to <paramref name="digits"/> digits.</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 6238's default, and the only algorithm authenticator apps agree on; HMAC-SHA-1 is not weakened by SHA-1 collisions.")]
    public static string Code(ReadOnlySpan<byte> key, long step, int digits = Digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 9);
        Span<byte> counter = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        int offset = hash[^1] & 0x0F;
        int binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF;
        int modulus = 1;
        for (int i = 0; i < digits; i++)
        {
            modulus *= 10;
        }

        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The step whose code is <paramref name="code"/>, searched from <see cref="AllowedDrift"/> steps before
    /// <paramref name="now"/> to as many after, skipping steps up to <paramref name="lastUsedStep"/> (a code is good once);
    /// <see langword="null"/> when none matches.
    /// </summary>
    public static long? Match(ReadOnlySpan<byte> key, string? code, DateTimeOffset now, long? lastUsedStep = null)
    {
        if (code is not { Length: Digits } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        byte[] given = Encoding.ASCII.GetBytes(code);
        long current = StepAt(now);
        long? found = null;
        for (long step = current - AllowedDrift; step <= current + AllowedDrift; step++)
        {
            bool fresh = lastUsedStep is not { } used || step > used;
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(Code(key, step))) && fresh && found is null)
            {
                found = step;
            }
        }

        return found;
    }
}

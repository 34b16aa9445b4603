using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// Builds cache keys from the SHA-256 of the token (never the token itself): the bare hash for a scheme's own memory
/// partition, and prefix, scheme name, <c>:</c> and hash for the shared distributed cache and the in-flight calls.
/// </summary>
internal static class AuthingCacheKey
{
    /// <summary>Tokens up to this many UTF-8 bytes are hashed from the stack; longer ones from a pooled buffer.</summary>
    private const int StackLimit = 1024;

    /// <summary>The distributed-cache key of <paramref name="token"/> for <paramref name="scheme"/>.</summary>
    public static string Create(string prefix, string scheme, string token) => WithHash(prefix, scheme, Hash(token));

    /// <summary>The distributed-cache key for a token whose <see cref="Hash"/> is <paramref name="tokenHash"/>.</summary>
    public static string WithHash(string prefix, string scheme, string tokenHash) => string.Concat(prefix, scheme, ":", tokenHash);

    /// <summary>The lowercase hexadecimal SHA-256 of the token's UTF-8 bytes; the only allocation is the result.</summary>
    public static string Hash(string token)
    {
        int length = Encoding.UTF8.GetByteCount(token);
        byte[]? rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[StackLimit];
            utf8 = utf8[..Encoding.UTF8.GetBytes(token, utf8)];
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8, hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            }
        }
    }
}

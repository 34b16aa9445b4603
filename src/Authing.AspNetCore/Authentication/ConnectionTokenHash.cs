using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>
/// The token's hash, remembered for the next request on the same HTTP/1.x connection: a client on a kept-alive
/// connection sends the same token again and again, so its SHA-256 is computed once per connection and token instead of
/// once per request. The memo is one slot in the connection's items (the last token and its hash), compared in constant
/// time, and it goes away with the connection. HTTP/2 and HTTP/3 run requests of one connection in parallel, so there
/// (and on servers without connection items) the hash is computed every time.
/// </summary>
internal static class ConnectionTokenHash
{
    /// <summary>The key of the memo in <see cref="IConnectionItemsFeature.Items"/>; private, so no other code finds it.</summary>
    private static readonly object ItemKey = new();

    /// <summary>The hash of <paramref name="token"/>, from the connection's memo when it holds that token.</summary>
    public static string Of(HttpContext context, string token)
    {
        string protocol = context.Request.Protocol;
        bool oneRequestAtATime = HttpProtocol.IsHttp11(protocol) || HttpProtocol.IsHttp10(protocol);
        if (!oneRequestAtATime || context.Features.Get<IConnectionItemsFeature>()?.Items is not { } items)
        {
            return AuthingCacheKey.Hash(token);
        }

        if (items.TryGetValue(ItemKey, out object? value) && value is Memo memo && memo.Holds(token))
        {
            return memo.Hash;
        }

        string hash = AuthingCacheKey.Hash(token);
        items[ItemKey] = new Memo(token, hash);
        return hash;
    }

    /// <summary>The connection's last token and its hash.</summary>
    private sealed class Memo(string token, string hash)
    {
        public string Hash { get; } = hash;

        /// <summary>
        /// Whether <paramref name="candidate"/> is the remembered token. It reads every character whatever the first
        /// difference, so the time taken depends on the lengths only; 64 bits at a time, because
        /// <see cref="System.Security.Cryptography.CryptographicOperations.FixedTimeEquals"/> runs unoptimized and costs
        /// more than the hash it would save.
        /// </summary>
        public bool Holds(string candidate)
        {
            if (ReferenceEquals(candidate, token))
            {
                return true;
            }

            if (candidate.Length != token.Length)
            {
                return false;
            }

            ReadOnlySpan<char> left = candidate;
            ReadOnlySpan<char> right = token;
            int words = left.Length / 4;
            ReadOnlySpan<ulong> leftWords = MemoryMarshal.Cast<char, ulong>(left);
            ReadOnlySpan<ulong> rightWords = MemoryMarshal.Cast<char, ulong>(right);
            ulong difference = 0;
            for (int i = 0; i < words; i++)
            {
                difference |= leftWords[i] ^ rightWords[i];
            }

            for (int i = words * 4; i < left.Length; i++)
            {
                difference |= (ushort)(left[i] ^ right[i]);
            }

            return difference == 0;
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Authing.AspNetCore.Authentication;

/// <summary>Builds cache keys: prefix, scheme name, then the SHA-256 of the token (never the token itself).</summary>
internal static class AuthingCacheKey
{
    public static string Create(string prefix, string scheme, string token)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        return string.Concat(prefix, scheme, ":", Convert.ToHexStringLower(hash));
    }
}

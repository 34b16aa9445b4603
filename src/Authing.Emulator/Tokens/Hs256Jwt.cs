using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Authing.Emulator.Tokens;

/// <summary>Compact HS256 JSON Web Tokens (RFC 7519) with the claim shapes Authing uses.</summary>
internal static class Hs256Jwt
{
    private static readonly string EncodedHeader = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    /// <summary>Signs <paramref name="payload"/> with <paramref name="key"/>.</summary>
    public static string Create(JsonObject payload, string key)
    {
        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return signingInput + "." + Base64Url.EncodeToString(Sign(signingInput, key));
    }

    /// <summary>Reads the payload without checking the signature; null when the token is not a JWT.</summary>
    public static JsonObject? ReadPayload(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the token's header is HS256 and its signature was made with <paramref name="key"/>.</summary>
    public static bool HasValidSignature(string token, string key)
    {
        var lastDot = token.LastIndexOf('.');
        var firstDot = token.IndexOf('.', StringComparison.Ordinal);
        if (firstDot <= 0 || lastDot <= firstDot || !token.AsSpan(0, firstDot).SequenceEqual(EncodedHeader))
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(signature, Sign(token[..lastDot], key));
    }

    private static byte[] Sign(string signingInput, string key)
        => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(signingInput));
}

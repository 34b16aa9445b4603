using System.Buffers.Text;
using System.Text.Json;

namespace Authing.AspNetCore.Client;

/// <summary>Reads the <c>exp</c> claim of a JWT payload without validating the token.</summary>
internal static class JwtExpiryReader
{
    /// <summary>The expiry, or <see langword="null"/> when the token is not a JWT or has no <c>exp</c>.</summary>
    public static DateTimeOffset? ReadExpiry(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), AuthingJsonContext.Default.JwtExpiry);
            return payload?.Exp is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}

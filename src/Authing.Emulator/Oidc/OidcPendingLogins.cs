using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Authing.Emulator.Oidc;

/// <summary>
/// A login-page login waiting for its MFA code: the identifier and password the user typed, protected with Data
/// Protection into the code page's hidden field (so the password never appears in the page), valid five minutes.
/// </summary>
internal sealed class OidcPendingLogins(IDataProtectionProvider dataProtection, TimeProvider time)
{
    /// <summary>How long the user has to type the code.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IDataProtector protector = dataProtection.CreateProtector("Authing.Emulator.Oidc.PendingMfaLogin");

    /// <summary>The hidden field's value for a login that passed its password check.</summary>
    public string Protect(string identifier, string password)
    {
        long expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{expires}\n{identifier.Length}\n{identifier}{password}"));
    }

    /// <summary>The identifier and password of a pending login, or <see langword="null"/> when the field is forged or expired.</summary>
    public (string Identifier, string Password)? Unprotect(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }

        string[] parts = payload.Split('\n', 3);
        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out long expires)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int identifierLength)
            || identifierLength > parts[2].Length
            || time.GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            return null;
        }

        return (parts[2][..identifierLength], parts[2][identifierLength..]);
    }
}

using Authing.Emulator.Errors;
using Authing.Emulator.Keys;
using Authing.Emulator.Users;
using Microsoft.AspNetCore.Identity;

namespace Authing.Emulator.Passwords;

/// <summary>Decrypts passwords as clients send them and hashes them for storage; nothing here keeps a password.</summary>
public sealed class PasswordService(EmulatorKeys keys)
{
    private readonly PasswordHasher<EmulatorUser> hasher = new();

    /// <summary>Decrypts an RSA PKCS#1 v1.5 + base64 password, or fails with a business error.</summary>
    public string Decrypt(string encrypted)
        => keys.TryDecrypt(encrypted, out var plaintext) ? plaintext : throw new AuthingException(AuthingErrors.PasswordNotDecryptable);

    /// <summary>Hashes a clear password for <paramref name="user"/>.</summary>
    public string Hash(EmulatorUser user, string password) => hasher.HashPassword(user, password);

    /// <summary>True when <paramref name="password"/> matches the user's stored hash.</summary>
    public bool Matches(EmulatorUser user, string password)
        => user.PasswordHash is { } hash && hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
}

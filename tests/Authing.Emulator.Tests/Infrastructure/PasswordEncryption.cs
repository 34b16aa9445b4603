using System.Security.Cryptography;
using System.Text;

namespace Authing.Emulator.Tests.Infrastructure;

/// <summary>Encrypts a password as Authing's clients do: RSA PKCS#1 v1.5 with the public key, then base64.</summary>
public static class PasswordEncryption
{
    public static string Encrypt(string publicKeyPem, string password)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(publicKeyPem);
        return Convert.ToBase64String(rsa.Encrypt(Encoding.UTF8.GetBytes(password), RSAEncryptionPadding.Pkcs1));
    }
}

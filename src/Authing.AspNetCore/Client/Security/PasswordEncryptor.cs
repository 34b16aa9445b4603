using System.Security.Cryptography;
using System.Text;

namespace Authing.AspNetCore.Client;

/// <summary>Encrypts passwords for Authing: RSA PKCS#1 v1.5 with the configured public key, then base64.</summary>
internal sealed class PasswordEncryptor(string publicKeyPem)
{
    public string Encrypt(string password)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(publicKeyPem);
        return Convert.ToBase64String(rsa.Encrypt(Encoding.UTF8.GetBytes(password), RSAEncryptionPadding.Pkcs1));
    }

    public string? EncryptOptional(string? password) => password is null ? null : Encrypt(password);
}

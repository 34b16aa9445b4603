using System.Security.Cryptography;
using System.Text;
using Authing.Emulator.Storage;

namespace Authing.Emulator.Keys;

/// <summary>
/// The emulator's RSA 2048 key pair, generated on first run and kept with the data. Clients encrypt passwords with
/// the public key (PKCS#1 v1.5, then base64), as they do with Authing's own key.
/// </summary>
public sealed class EmulatorKeys : IDisposable
{
    private const string SettingName = "rsa_private_key";
    private readonly RSA rsa;

    internal EmulatorKeys(EmulatorDatabase database)
    {
        rsa = RSA.Create();
        var stored = database.Write(connection =>
        {
            var existing = connection.String("SELECT value FROM settings WHERE key = $p0", SettingName);
            if (existing is not null)
            {
                return existing;
            }

            using var generated = RSA.Create(2048);
            var pem = generated.ExportPkcs8PrivateKeyPem();
            connection.Run("INSERT INTO settings (key, value) VALUES ($p0, $p1)", SettingName, pem);
            return pem;
        });
        rsa.ImportFromPem(stored);
        PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem();
    }

    /// <summary>The public key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string PublicKeyPem { get; }

    /// <summary>Decrypts a base64 PKCS#1 v1.5 ciphertext made with <see cref="PublicKeyPem"/>.</summary>
    public bool TryDecrypt(string? base64Ciphertext, out string plaintext)
    {
        plaintext = string.Empty;
        if (string.IsNullOrEmpty(base64Ciphertext))
        {
            return false;
        }

        var buffer = new byte[base64Ciphertext.Length];
        if (!Convert.TryFromBase64String(base64Ciphertext, buffer, out var length))
        {
            return false;
        }

        try
        {
            plaintext = Encoding.UTF8.GetString(rsa.Decrypt(buffer.AsSpan(0, length).ToArray(), RSAEncryptionPadding.Pkcs1));
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => rsa.Dispose();
}

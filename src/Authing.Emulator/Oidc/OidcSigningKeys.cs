using System.Security.Cryptography;
using Authing.Emulator.Storage;
using Microsoft.IdentityModel.Tokens;

namespace Authing.Emulator.Oidc;

/// <summary>
/// The RS256 keys OIDC tokens are signed with, kept with the data. The newest signs; every key stays published in
/// the JWKS, so tokens signed before a <see cref="Rotate"/> still validate. The <c>kid</c> is the key's RFC 7638
/// thumbprint.
/// </summary>
public sealed class OidcSigningKeys : IDisposable
{
    private readonly EmulatorDatabase database;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private List<SigningKey> keys;

    internal OidcSigningKeys(EmulatorDatabase database, TimeProvider time)
    {
        this.database = database;
        this.time = time;
        keys = database.Write(connection =>
        {
            var stored = connection.Strings("SELECT pem FROM oidc_keys ORDER BY created DESC, rowid DESC");
            if (stored.Count > 0)
            {
                return stored.Select(Load).ToList();
            }

            var generated = Generate();
            Insert(connection, generated);
            return [generated];
        });
    }

    /// <summary>The key new tokens are signed with.</summary>
    public RsaSecurityKey Current
    {
        get
        {
            lock (gate)
            {
                return keys[0].Key;
            }
        }
    }

    /// <summary>Every published key, newest first.</summary>
    public IReadOnlyList<RsaSecurityKey> All
    {
        get
        {
            lock (gate)
            {
                return [.. keys.Select(key => key.Key)];
            }
        }
    }

    /// <summary>Adds a new key that signs from now on; the previous keys stay published. Returns its <c>kid</c>.</summary>
    public string Rotate()
    {
        var generated = Generate();
        database.Write(connection =>
        {
            Insert(connection, generated);
            return true;
        });
        lock (gate)
        {
            keys = [generated, .. keys];
        }

        return generated.Key.KeyId;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            keys.ForEach(key => key.Rsa.Dispose());
        }
    }

    private void Insert(Microsoft.Data.Sqlite.SqliteConnection connection, SigningKey key)
        => connection.Run(
            "INSERT INTO oidc_keys (kid, created, pem) VALUES ($p0, $p1, $p2)",
            key.Key.KeyId,
            time.GetUtcNow().ToUnixTimeMilliseconds(),
            key.Rsa.ExportPkcs8PrivateKeyPem());

    private static SigningKey Generate() => Wrap(RSA.Create(2048));

    private static SigningKey Load(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return Wrap(rsa);
    }

    private static SigningKey Wrap(RSA rsa)
    {
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false))).ComputeJwkThumbprint());
        return new SigningKey(rsa, key);
    }

    private sealed record SigningKey(RSA Rsa, RsaSecurityKey Key);
}

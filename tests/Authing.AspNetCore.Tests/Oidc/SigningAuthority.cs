using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Authing.AspNetCore.Tests.Oidc;

/// <summary>
/// A provider of its own for unit tests of the token validators: RSA keys, a discovery configuration and a
/// configuration manager that serves the keys published so far and counts refresh requests.
/// </summary>
internal sealed class SigningAuthority : IConfigurationManager<OpenIdConnectConfiguration>, IDisposable
{
    public const string Issuer = "https://pool.authing.test/oauth/oidc";
    public const string ClientId = "656d756c61746f724f494443";

    private readonly List<RSA> keys = [];
    private readonly List<RsaSecurityKey> published = [];
    private readonly List<RsaSecurityKey> pending = [];
    private int refreshRequests;

    public SigningAuthority()
    {
        Current = AddKey();
        Publish();
    }

    public RsaSecurityKey Current { get; private set; }

    public int RefreshRequests => Volatile.Read(ref refreshRequests);

    /// <summary>Makes a new key the signing key; the configuration manager serves it only after a refresh.</summary>
    public void Rotate() => Current = AddKey();

    /// <summary>Signs a JWT with <see cref="Current"/> (or <paramref name="key"/>).</summary>
    public string Sign(IDictionary<string, object> claims, DateTimeOffset? expires = null, string issuer = Issuer, string audience = ClientId, RsaSecurityKey? key = null)
    {
        DateTimeOffset exp = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddHours(-1).UtcDateTime,
            NotBefore = exp.AddHours(-1).UtcDateTime,
            Expires = exp.UtcDateTime,
            SigningCredentials = new SigningCredentials(key ?? Current, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A key nobody publishes.</summary>
    public RsaSecurityKey Stranger() => AddKey(pendingPublication: false);

    public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        lock (published)
        {
            foreach (RsaSecurityKey key in published)
            {
                configuration.SigningKeys.Add(key);
            }
        }

        return Task.FromResult(configuration);
    }

    public void RequestRefresh()
    {
        Interlocked.Increment(ref refreshRequests);
        Publish();
    }

    public void Dispose()
    {
        foreach (RSA key in keys)
        {
            key.Dispose();
        }
    }

    private RsaSecurityKey AddKey(bool pendingPublication = true)
    {
        var rsa = RSA.Create(2048);
        keys.Add(rsa);
        var key = new RsaSecurityKey(rsa) { KeyId = Guid.NewGuid().ToString("N") };
        if (pendingPublication)
        {
            lock (published)
            {
                pending.Add(key);
            }
        }

        return key;
    }

    private void Publish()
    {
        lock (published)
        {
            published.AddRange(pending);
            pending.Clear();
        }
    }

    public static Dictionary<string, object> Claims(string subject, string? nonce) =>
        nonce is null
            ? new Dictionary<string, object> { ["sub"] = subject }
            : new Dictionary<string, object> { ["sub"] = subject, ["nonce"] = nonce };
}

namespace Authing.AspNetCore.Client;

/// <summary>Settings of one Authing client (one user pool).</summary>
/// <remarks>
/// Defaults: <see cref="UsersGateway"/> = <see cref="AuthingClientDefaults.UsersGateway"/>,
/// <see cref="OAuthGateway"/> = <see cref="AuthingClientDefaults.OAuthGateway"/>,
/// <see cref="RestBase"/> = <see cref="AuthingClientDefaults.RestBase"/>,
/// <see cref="PasswordEncPublicKey"/> = <see cref="AuthingClientDefaults.PasswordEncPublicKey"/>,
/// <see cref="Timeout"/> = 10 seconds, <see cref="MaxRetries"/> = 2, <see cref="RetryDelay"/> = 500 milliseconds.
/// </remarks>
public sealed class AuthingClientOptions
{
    /// <summary>The user pool id (a 24-hex ObjectId). Used as <c>registerInClient</c>, <c>client</c> and <c>clientId</c> unless a call gives its own.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The user pool secret, exchanged for an OwnerToken through <c>getClientWhenSdkInit</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>A pool administrator token used directly as the OwnerToken (the Node SDK's <c>accessToken</c>); takes precedence over <see cref="Secret"/>.</summary>
    public string? OwnerToken { get; set; }

    /// <summary>The users GraphQL gateway.</summary>
    public Uri UsersGateway { get; set; } = new(AuthingClientDefaults.UsersGateway);

    /// <summary>The OAuth GraphQL gateway.</summary>
    public Uri OAuthGateway { get; set; } = new(AuthingClientDefaults.OAuthGateway);

    /// <summary>The base address of the REST endpoints (SMS codes).</summary>
    public Uri RestBase { get; set; } = new(AuthingClientDefaults.RestBase);

    /// <summary>The PEM public key that encrypts passwords (RSA, PKCS#1 v1.5).</summary>
    public string PasswordEncPublicKey { get; set; } = AuthingClientDefaults.PasswordEncPublicKey;

    /// <summary>The time allowed for one HTTP attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times an idempotent call (query, REST GET) is retried after a transient failure.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first back-off delay between retries; it doubles with each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}

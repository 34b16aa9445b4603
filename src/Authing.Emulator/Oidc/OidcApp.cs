namespace Authing.Emulator.Oidc;

/// <summary>An OIDC application of a user pool, as configured.</summary>
public sealed record OidcApp
{
    /// <summary>The client id.</summary>
    public required string ClientId { get; init; }

    /// <summary>The client secret.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>The display name.</summary>
    public required string Name { get; init; }

    /// <summary>The pool the app belongs to.</summary>
    public required string PoolId { get; init; }

    /// <summary>The registered redirect URIs.</summary>
    public required IReadOnlyList<string> RedirectUris { get; init; }

    /// <summary>The registered post-logout redirect URIs, besides <see cref="RedirectUris"/>.</summary>
    public required IReadOnlyList<string> PostLogoutRedirectUris { get; init; }

    /// <summary>True when any loopback http redirect URI is accepted.</summary>
    public required bool AllowLoopbackRedirectUris { get; init; }

    /// <summary>The grant types the app may use.</summary>
    public required IReadOnlyList<string> GrantTypes { get; init; }

    /// <summary>How long an access token is valid.</summary>
    public required TimeSpan AccessTokenLifetime { get; init; }

    /// <summary>How long an id_token is valid.</summary>
    public required TimeSpan IdTokenLifetime { get; init; }

    /// <summary>How long a refresh token is valid.</summary>
    public required TimeSpan RefreshTokenLifetime { get; init; }

    /// <summary>How long an authorization code is valid.</summary>
    public required TimeSpan CodeLifetime { get; init; }

    /// <summary>True when the app may use <paramref name="grantType"/>.</summary>
    public bool Allows(string grantType) => GrantTypes.Contains(grantType, StringComparer.Ordinal);

    /// <summary>True when <paramref name="uri"/> is a registered redirect URI, or a loopback one the app accepts.</summary>
    public bool AcceptsRedirectUri(string? uri)
        => uri is not null && (RedirectUris.Contains(uri, StringComparer.Ordinal) || (AllowLoopbackRedirectUris && IsLoopback(uri)));

    /// <summary>True when the browser may be sent to <paramref name="uri"/> after a logout.</summary>
    public bool AcceptsPostLogoutRedirectUri(string? uri)
        => AcceptsRedirectUri(uri) || (uri is not null && PostLogoutRedirectUris.Contains(uri, StringComparer.Ordinal));

    private static bool IsLoopback(string uri)
        => Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            && parsed.Scheme == Uri.UriSchemeHttp
            && parsed.IsLoopback
            && string.IsNullOrEmpty(parsed.UserInfo)
            && string.IsNullOrEmpty(parsed.Fragment)
            && (parsed.Host is "127.0.0.1" or "localhost" or "[::1]");
}

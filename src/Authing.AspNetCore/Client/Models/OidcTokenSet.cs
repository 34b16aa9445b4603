using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>The tokens of an OIDC application (<c>/oauth/oidc/token</c>, <c>refreshSignInToken</c>).</summary>
public sealed record OidcTokenSet
{
    /// <summary>The access token (an RS256 JWT whose <c>aud</c> is the application's client_id).</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>The id_token, when the scope holds <c>openid</c>.</summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; init; }

    /// <summary>The refresh token, when the scope holds <c>offline_access</c>; it is rotated on every refresh.</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    /// <summary>The access token's lifetime in seconds.</summary>
    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    /// <summary>The token type, <c>Bearer</c>.</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    /// <summary>The granted scope, space separated.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }
}
